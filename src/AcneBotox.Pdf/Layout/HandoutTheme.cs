using System.Globalization;
using AcneBotox.Core.Look;
using AcneBotox.Core.Settings;
using AcneBotox.Pdf.Fonts;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// The handout look (<see cref="HandoutLook"/>, decided in Core) in the layout engine's units: points and
/// 0xRRGGBB colours, plus the PDF's own geometry (page size, one-inch margins).
/// </summary>
internal sealed record HandoutTheme
{
    /// <summary>Points per inch: the margins are one inch.</summary>
    public const double Inch = 72;

    /// <summary>Page width in points.</summary>
    public required double PageWidth { get; init; }

    /// <summary>Page height in points.</summary>
    public required double PageHeight { get; init; }

    /// <summary>Margin on every side.</summary>
    public double Margin { get; init; } = Inch;

    /// <summary>Body text size.</summary>
    public required double BodySize { get; init; }

    /// <summary>Line height as a factor of the font size.</summary>
    public required double LineHeight { get; init; }

    /// <summary>Whether this is the large-print variant (no size below the body, no italic captions).</summary>
    public bool LargePrint { get; init; }

    /// <summary>Running text.</summary>
    public uint Ink { get; init; } = 0x1A1A1A;

    /// <summary>Secondary text (footer, subtitle).</summary>
    public uint Muted { get; init; } = 0x4A4A4A;

    /// <summary>Title, headings, organization, callout titles.</summary>
    public uint HeadingColor { get; init; } = 0x1F5C99;

    /// <summary>Link text.</summary>
    public uint LinkColor { get; init; } = 0x1F5C99;

    /// <summary>The brand colour as configured: rules and box borders only.</summary>
    public uint Decoration { get; init; } = 0x1F5C99;

    /// <summary>Behind key points, notes and tips.</summary>
    public uint BoxFill { get; init; } = 0xEEF3F9;

    /// <summary>Warning box border.</summary>
    public uint WarningBorder { get; init; } = 0xA4262C;

    /// <summary>Behind warnings.</summary>
    public uint WarningFill { get; init; } = 0xFBEFEF;

    /// <summary>Warning titles.</summary>
    public uint WarningTitle { get; init; } = 0xA4262C;

    /// <summary>Behind table header cells.</summary>
    public uint TableHeaderFill { get; init; } = 0xF2F2F2;

    /// <summary>Table borders and rules.</summary>
    public uint Rule { get; init; } = 0x767676;

    /// <summary>
    /// Fitted to <c>maxPages</c>: the space between blocks at the type scale's smallest
    /// (<see cref="TypeScale.TightParagraphGap"/>) and figures shrunk whenever that saves a page break.
    /// </summary>
    public bool Tight { get; init; }

    /// <summary>The handout's own words (placeholders, link descriptions) in the document's language.</summary>
    public HandoutLabels Labels { get; init; } = HandoutLabels.English;

    /// <summary>The shared type scale at this body size.</summary>
    public TypeScale Type => new() { Body = BodySize, LineHeight = LineHeight, LargePrint = LargePrint };

    /// <summary>Width of the text column.</summary>
    public double BodyWidth => PageWidth - 2 * Margin;

    /// <summary>Height of the text column.</summary>
    public double BodyHeight => PageHeight - 2 * Margin;

    /// <summary>The running text style.</summary>
    public TextStyle Body => new(FontKind.Regular, BodySize, Ink);

    /// <summary>Space between blocks.</summary>
    public double ParagraphGap => Tight ? Type.TightParagraphGap : Type.ParagraphGap;

    /// <summary>How much of the normal spacing is used (1, or less when <see cref="Tight"/>): scales the space around headings too.</summary>
    public double SpacingScale => ParagraphGap / Type.ParagraphGap;

    /// <summary>The side of the QR code to the online version: large enough to scan from a 150 dpi print or scan.</summary>
    public const double QrSize = Inch * 1.25;

    /// <summary>The style of a heading of the given PDF level (1 = title, 2 = top-level section).</summary>
    public TextStyle Heading(int level) => new(FontKind.Bold, level <= 1 ? Type.Title : Type.Heading(level - 1), HeadingColor);

    /// <summary>The page footer ("Page X of Y", "Last reviewed").</summary>
    public TextStyle PageFooter => new(FontKind.Regular, Type.PageFooter, Muted);

    /// <summary>End-matter lines.</summary>
    public TextStyle EndMatter => new(FontKind.Regular, Type.EndMatter, Ink);

    /// <summary>Figure captions.</summary>
    public TextStyle Caption => new(Type.ItalicCaptions ? FontKind.Italic : FontKind.Regular, Type.Caption, Ink);

    /// <summary>Builds the theme for a look.</summary>
    public static HandoutTheme From(HandoutLook look)
    {
        ArgumentNullException.ThrowIfNull(look);
        var (width, height) = look.Paper == Paper.Letter ? (612.0, 792.0) : (595.0, 842.0);
        var colors = look.Palette;
        return new HandoutTheme
        {
            PageWidth = width,
            PageHeight = height,
            BodySize = look.Type.Body,
            LineHeight = look.Type.LineHeight,
            LargePrint = look.Type.LargePrint,
            Labels = look.Labels,
            Ink = Rgb(colors.Ink),
            Muted = Rgb(colors.Muted),
            HeadingColor = Rgb(colors.Heading),
            LinkColor = Rgb(colors.Link),
            Decoration = Rgb(colors.Decoration),
            BoxFill = Rgb(colors.BoxFill),
            WarningBorder = Rgb(colors.WarningBorder),
            WarningFill = Rgb(colors.WarningFill),
            WarningTitle = Rgb(colors.WarningTitle),
            TableHeaderFill = Rgb(colors.TableHeaderFill),
            Rule = Rgb(colors.Rule),
        };
    }

    private static uint Rgb(string hex) => uint.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
