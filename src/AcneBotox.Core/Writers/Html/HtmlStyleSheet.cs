using System.Globalization;
using AcneBotox.Core.Look;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Writers.Html;

/// <summary>
/// The embedded style sheet: the handout look (<see cref="HandoutLook"/>) as CSS. A readable measure,
/// ragged-right text at least 16px on screen, the palette's colours, the type scale's proportions, and print
/// rules with the page size and point sizes of the PDF.
/// </summary>
public static class HtmlStyleSheet
{
    /// <summary>The smallest body size on screen, in CSS pixels.</summary>
    public const double MinimumScreenPixels = 16;

    /// <summary>The CSS text for the look.</summary>
    public static string Build(HandoutLook look)
    {
        ArgumentNullException.ThrowIfNull(look);
        var type = look.Type;
        var colors = look.Palette;
        var points = Math.Max(12, type.Body);
        // 1pt = 4/3 CSS px; never below 16px on screen.
        var pixels = Math.Max(MinimumScreenPixels, Math.Round(points * 4 / 3, 1));
        var paper = look.Paper == Paper.Letter ? "letter" : "A4";
        string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
        string Em(double size) => N(size / type.Body) + "em";
        var captionStyle = type.ItalicCaptions ? "italic" : "normal";

        return $$"""
:root { color-scheme: light; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: {{colors.Page}}; color: {{colors.Ink}}; font-family: "{{HandoutLook.BodyFont}}", Verdana, "DejaVu Sans", Arial, sans-serif; font-size: {{N(pixels)}}px; line-height: {{N(type.LineHeight)}}; text-align: start; hyphens: manual; overflow-wrap: break-word; }
header, main, footer { box-sizing: border-box; max-width: 65ch; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 0.75rem; padding-bottom: 0.4rem; border-bottom: 0.25rem solid {{colors.Decoration}}; }
.organization { margin: 0; font-weight: bold; font-size: {{Em(type.Organization)}}; color: {{colors.Heading}}; }
h1, h2, h3, h4, h5, h6 { color: {{colors.Heading}}; line-height: {{N(type.HeadingLineHeight)}}; margin: 1.4em 0 0.5em; text-align: start; }
h1 { font-size: {{Em(type.Title)}}; margin-top: 0.8em; margin-bottom: 0.3em; }
h2 { font-size: {{Em(type.Heading(1))}}; }
h3 { font-size: {{Em(type.Heading(2))}}; }
h4, h5, h6 { font-size: {{Em(type.Heading(3))}}; }
.subtitle { font-size: {{Em(type.Subtitle)}}; color: {{colors.Muted}}; margin-top: 0; }
.summary { font-style: {{captionStyle}}; }
p, li, blockquote, figcaption, td, th { text-align: start; }
p { margin: 0 0 {{N(type.ParagraphGap / type.Body)}}em; }
ul, ol { padding-left: 1.6em; margin: 0 0 {{N(type.ParagraphGap / type.Body)}}em; }
li { margin-bottom: 0.25em; }
a { color: {{colors.Link}}; text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid {{colors.Link}}; outline-offset: 2px; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.95em; background: {{colors.TableHeaderFill}}; padding: 0 0.2em; }
blockquote { margin: 0 0 0.9em; padding: 0.2em 0 0.2em 1em; border-left: 0.2rem solid {{colors.Decoration}}; }
.callout { margin: 1.2em 0; padding: 0.8em 1em; border: 1px solid {{colors.Decoration}}; background: {{colors.BoxFill}}; }
.callout > :last-child { margin-bottom: 0; }
.callout-title { margin: 0 0 0.4em; font-weight: bold; font-size: {{Em(type.CalloutTitle)}}; color: {{colors.Heading}}; }
.callout-warning { border: 2px solid {{colors.WarningBorder}}; background: {{colors.WarningFill}}; }
.callout-warning .callout-title { color: {{colors.WarningTitle}}; }
figure { margin: 1.2em 0; }
figure img { display: block; max-width: 100%; height: auto; }
figcaption { font-size: {{Em(type.Caption)}}; font-style: {{captionStyle}}; margin-top: 0.4em; }
table { border-collapse: collapse; margin: 0 0 1em; width: 100%; }
th, td { border: 1px solid {{colors.Rule}}; padding: 0.35em 0.5em; vertical-align: top; }
th { background: {{colors.TableHeaderFill}}; }
hr { border: 0; border-top: 1px solid {{colors.Rule}}; margin: 1.5em 0; }
footer { margin-top: 2em; padding-top: 0.8em; padding-bottom: 2em; border-top: 1px solid {{colors.Rule}}; font-size: {{Em(type.EndMatter)}}; }
footer p { margin: 0 0 0.5em; }
footer .contact { font-weight: bold; }
@page { size: {{paper}}; margin: 1in; }
@media print {
  body { font-size: {{N(points)}}pt; color: #000000; }
  header, main, footer { max-width: none; padding-left: 0; padding-right: 0; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 2; widows: 2; }
  figure, table, .callout, blockquote { break-inside: avoid; page-break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; word-break: break-all; }
}
""";
    }
}
