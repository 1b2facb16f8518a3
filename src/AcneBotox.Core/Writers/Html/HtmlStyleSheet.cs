using System.Globalization;
using AcneBotox.Core.Fonts;
using AcneBotox.Core.Look;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Writers.Html;

/// <summary>
/// The embedded style sheet: the handout look (<see cref="HandoutLook"/>) as CSS. The handout font embedded
/// (so every browser shows Atkinson Hyperlegible, not a fallback), a readable measure, ragged-right text at
/// least 16px on screen in <c>rem</c> (so the reader's font-size preference scales everything), the palette's
/// colours with its dark variant for <c>prefers-color-scheme: dark</c>, the type scale's sizes, tables that
/// scroll in their own region, and print rules with the page size and point sizes of the PDF.
/// </summary>
public static class HtmlStyleSheet
{
    /// <summary>The smallest body size on screen, in CSS pixels.</summary>
    public const double MinimumScreenPixels = 16;

    /// <summary>The CSS text for the look; <paramref name="italicFace"/> also embeds the italic face (about 54 KB).</summary>
    public static string Build(HandoutLook look, bool italicFace = true)
    {
        ArgumentNullException.ThrowIfNull(look);
        return FontFacesFor(italicFace) + "\n" + Rules(look);
    }

    /// <summary>
    /// The UTF-8 bytes of the <c>@font-face</c> rules that start <see cref="Build"/>'s text, with the line break after
    /// them. Encoded once per process: the HTML writer copies them into every handout instead of building, copying
    /// and encoding 145,000 characters per document.
    /// </summary>
    internal static ReadOnlySpan<byte> FontFacesUtf8(bool italicFace) => italicFace ? AllFacesUtf8.Value : UprightFacesUtf8.Value;

    /// <summary>The rest of <see cref="Build"/>'s text after the <c>@font-face</c> rules and their line break.</summary>
    internal static string Rules(HandoutLook look)
    {
        ArgumentNullException.ThrowIfNull(look);
        var type = look.Type;
        var points = Math.Max(12, type.Body);
        // 1pt = 4/3 CSS px; never below 16px on screen. Sizes are rem: 16px unless the reader chose otherwise.
        var pixels = Math.Max(MinimumScreenPixels, Math.Round(points * 4 / 3, 1));
        var paper = look.Paper == Paper.Letter ? "letter" : "A4";
        string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
        string Rem(double size) => N(size / type.Body * pixels / 16) + "rem";
        string Em(double size) => N(size / type.Body) + "em";
        var captionStyle = type.ItalicCaptions ? "italic" : "normal";
        // Large print keeps code and printed addresses at full size: nothing under the body size.
        var small = type.LargePrint ? "1em" : "0.9em";

        return $$"""
:root { color-scheme: light dark; {{Variables(look.Palette)}} }
@media screen and (prefers-color-scheme: dark) {
  :root { {{Variables(look.Palette.Dark())}} }
  figure img { background: #FFFFFF; }
}
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--ink); font-family: {{FamilyList(look.Fonts)}}; font-size: {{Rem(type.Body)}}; line-height: {{N(type.LineHeight)}}; text-align: start; hyphens: manual; overflow-wrap: break-word; }
header, main, footer { box-sizing: border-box; max-width: 65ch; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 0.75rem; padding-bottom: 0.4rem; border-bottom: 0.25rem solid var(--decoration); }
.organization { margin: 0; font-weight: bold; font-size: {{Rem(type.Organization)}}; color: var(--heading); }
h1, h2, h3, h4, h5, h6 { color: var(--heading); line-height: {{N(type.HeadingLineHeight)}}; margin: {{Em(type.HeadingGapBefore)}} 0 {{Em(type.HeadingGapAfter)}}; text-align: start; }
h1 { font-size: {{Rem(type.Title)}}; margin-top: 0.8em; margin-bottom: 0.3em; }
h2 { font-size: {{Rem(type.Heading(1))}}; }
h3 { font-size: {{Rem(type.Heading(2))}}; }
h4, h5, h6 { font-size: {{Rem(type.Heading(3))}}; }
.subtitle { font-size: {{Rem(type.Subtitle)}}; color: var(--muted); margin-top: 0; }
.summary { font-style: {{captionStyle}}; }
p, li, blockquote, figcaption, td, th { text-align: start; }
p { margin: 0 0 {{Em(type.ParagraphGap)}}; }
ul, ol { padding-inline-start: 1.6em; margin: 0 0 {{Em(type.ParagraphGap)}}; }
li { margin-bottom: {{Em(type.ListItemGap)}}; }
em.upright { font-style: normal; font-weight: bold; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible, .table-scroll:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: {{(type.LargePrint ? "1em" : "0.95em")}}; background: var(--table-header); padding: 0 0.2em; overflow-wrap: anywhere; }
blockquote { margin: 0 0 0.9em; padding-block: 0.2em; padding-inline: 1em 0; border-inline-start: 0.2rem solid var(--decoration); }
.callout { margin: 1.2em 0; padding: {{Em(type.BoxPadding)}} 1em; border: 1px solid var(--decoration); background: var(--box); }
.callout > :last-child { margin-bottom: 0; }
.callout-title { margin: 0 0 {{Em(type.CaptionGap)}}; font-weight: bold; font-size: {{Rem(type.CalloutTitle)}}; color: var(--heading); }
.callout-warning { border: 2px solid var(--warning-border); background: var(--warning-box); }
.callout-warning .callout-title { color: var(--warning-title); }
figure { margin: 1.2em 0; }
figure img { display: block; max-width: 100%; height: auto; }
figcaption { font-size: {{Rem(type.Caption)}}; font-style: {{captionStyle}}; margin-top: {{Em(type.CaptionGap)}}; }
.table-scroll { max-width: 100%; overflow-x: auto; margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: {{Rem(type.Table)}}; }
th, td { border: 1px solid var(--rule); padding: {{Em(type.TablePadding)}}; vertical-align: top; }
th { background: var(--table-header); }
hr { border: 0; border-top: 1px solid var(--rule); margin: 1.5em 0; }
footer { margin-top: 2em; padding-top: 0.8em; padding-bottom: 2em; border-top: 1px solid var(--rule); font-size: {{Rem(type.EndMatter)}}; }
footer p { margin: 0 0 0.5em; }
footer .contact { font-weight: bold; }
@page { size: {{paper}}; margin: 1in; }
@media print {
  body { font-size: {{N(points)}}pt; color: #000000; }
  header, main, footer { max-width: none; padding-left: 0; padding-right: 0; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 2; widows: 2; }
  figure, table, .callout, blockquote { break-inside: avoid; page-break-inside: avoid; }
  .table-scroll { overflow: visible; }
  a[href^="http"]:not(.address)::after { content: " (" attr(href) ")"; font-size: {{small}}; word-break: break-all; }
}
""";
    }

    private static string Variables(HandoutPalette colors) =>
        $"--page: {colors.Page}; --ink: {colors.Ink}; --muted: {colors.Muted}; --heading: {colors.Heading}; --link: {colors.Link}; "
        + $"--decoration: {colors.Decoration}; --box: {colors.BoxFill}; --warning-border: {colors.WarningBorder}; "
        + $"--warning-box: {colors.WarningFill}; --warning-title: {colors.WarningTitle}; --table-header: {colors.TableHeaderFill}; --rule: {colors.Rule};";

    // The whole TrueType files as data URIs (no subsetter is bundled): about 71 KB of base64 a face. The rules never
    // change within a process, so they are encoded once, not once per handout of a batch.
    // The handout font, then the fallback chain's families (the PDF's order, for the characters Atkinson
    // Hyperlegible lacks), then common faces. Names are quoted; quotes, backslashes and markup characters a
    // settings file might hold are dropped so they cannot end the rule or the style element.
    private static string FamilyList(FontFallback fonts)
    {
        var names = new List<string> { HandoutLook.BodyFont };
        names.AddRange(fonts.Families);
        names.AddRange(["Verdana", "DejaVu Sans", "Arial"]);
        var quoted = names.Select(n => new string(n.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '<' or '>' or ';' or '{' or '}')).ToArray()).Trim())
            .Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => $"\"{n}\"");
        return string.Join(", ", quoted) + ", sans-serif";
    }

    private static readonly Lazy<string> UprightFaces = new(() => FontFaces(italic: false));
    private static readonly Lazy<string> AllFaces = new(() => FontFaces(italic: true));

    private static readonly Lazy<byte[]> UprightFacesUtf8 = new(() => System.Text.Encoding.UTF8.GetBytes(UprightFaces.Value + "\n"));
    private static readonly Lazy<byte[]> AllFacesUtf8 = new(() => System.Text.Encoding.UTF8.GetBytes(AllFaces.Value + "\n"));

    private static string FontFacesFor(bool italic) => italic ? AllFaces.Value : UprightFaces.Value;

    private static string FontFaces(bool italic)
    {
        var faces = new List<(FontFace Face, string Weight, string Style)> { (FontFace.Regular, "normal", "normal"), (FontFace.Bold, "bold", "normal") };
        if (italic) faces.Add((FontFace.Italic, "normal", "italic"));
        return string.Join("\n", faces.Select(f =>
            $"@font-face {{ font-family: \"{HandoutLook.BodyFont}\"; font-weight: {f.Weight}; font-style: {f.Style}; font-display: swap; "
            + $"src: url(data:font/ttf;base64,{Convert.ToBase64String(HandoutFonts.Bytes(f.Face))}) format(\"truetype\"); }}"));
    }
}
