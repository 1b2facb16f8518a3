using System.Globalization;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Writers.Html;

/// <summary>
/// The embedded style sheet: a readable measure, ragged-right text at least 16px on screen,
/// colours from <see cref="BrandPalette"/>, and print rules with the page size from the settings.
/// </summary>
public static class HtmlStyleSheet
{
    /// <summary>The smallest body size on screen, in CSS pixels.</summary>
    public const double MinimumScreenPixels = 16;

    /// <summary>The CSS text for the given settings and palette.</summary>
    public static string Build(HandoutSettings settings, BrandPalette palette)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(palette);
        var points = Math.Max(12, settings.BodyFontSize);
        // 1pt = 4/3 CSS px; never below 16px on screen.
        var pixels = Math.Max(MinimumScreenPixels, Math.Round(points * 4 / 3, 1));
        var paper = settings.Paper == Paper.Letter ? "letter" : "A4";
        string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        return $$"""
:root { color-scheme: light; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #FFFFFF; color: #1A1A1A; font-family: "Atkinson Hyperlegible", Verdana, "DejaVu Sans", Arial, sans-serif; font-size: {{N(pixels)}}px; line-height: {{N(settings.LineHeight)}}; text-align: start; hyphens: manual; overflow-wrap: break-word; }
header, main, footer { box-sizing: border-box; max-width: 65ch; margin: 0 auto; padding: 0 1rem; }
header { max-width: none; padding: 0.75rem 1rem; background: {{palette.Text}}; color: #FFFFFF; border-bottom: 0.4rem solid {{palette.Decoration}}; }
.organization { max-width: 65ch; margin: 0 auto; font-weight: bold; font-size: 1.1em; }
h1, h2, h3, h4, h5, h6 { color: {{palette.Text}}; line-height: 1.25; margin: 1.4em 0 0.5em; text-align: start; }
h1 { font-size: 1.9em; margin-top: 1em; }
h2 { font-size: 1.45em; }
h3 { font-size: 1.2em; }
h4, h5, h6 { font-size: 1.05em; }
.subtitle { font-size: 1.15em; margin-top: -0.2em; }
p, li, blockquote, figcaption, td, th { text-align: start; }
p { margin: 0 0 0.9em; }
ul, ol { padding-left: 1.6em; margin: 0 0 0.9em; }
li { margin-bottom: 0.35em; }
a { color: {{palette.Text}}; text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid {{palette.Text}}; outline-offset: 2px; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.95em; background: #F2F2F2; padding: 0 0.2em; }
blockquote { margin: 0 0 0.9em; padding: 0.2em 0 0.2em 1em; border-left: 0.3rem solid #767676; }
.callout { margin: 1.2em 0; padding: 0.8em 1em; border: 2px solid {{palette.Decoration}}; border-left-width: 0.5rem; background: {{palette.CalloutBackground}}; border-radius: 0.3rem; }
.callout > :last-child { margin-bottom: 0; }
.callout-title { margin: 0 0 0.4em; font-weight: bold; color: {{palette.Text}}; }
h2.callout-title { font-size: 1.2em; }
.callout-warning { border-color: #A4262C; }
.callout-warning .callout-title { color: #A4262C; }
figure { margin: 1.2em 0; }
figure img { display: block; max-width: 100%; height: auto; }
figcaption { font-size: 0.95em; margin-top: 0.4em; }
table { border-collapse: collapse; margin: 0 0 1em; width: 100%; }
th, td { border: 1px solid #767676; padding: 0.35em 0.5em; vertical-align: top; }
th { background: #F2F2F2; }
hr { border: 0; border-top: 2px solid {{palette.Decoration}}; margin: 1.5em 0; }
footer { margin-top: 2em; padding-top: 0.8em; padding-bottom: 2em; border-top: 2px solid {{palette.Decoration}}; font-size: 0.95em; }
footer p { margin: 0 0 0.5em; }
@page { size: {{paper}}; margin: 1in; }
@media print {
  body { font-size: {{N(points)}}pt; color: #000000; }
  header, main, footer { max-width: none; padding: 0; }
  header { background: none; color: #000000; border-bottom: 2pt solid {{palette.Decoration}}; padding-bottom: 4pt; }
  .organization { max-width: none; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 2; widows: 2; }
  figure, table, .callout, blockquote { break-inside: avoid; page-break-inside: avoid; }
  a[href^="http"]::after, a[href^="mailto:"]::after { content: " (" attr(href) ")"; font-size: 0.9em; word-break: break-all; }
}
""";
    }
}
