using System.Globalization;
using AcneBotox.Core.Settings;
using AcneBotox.Pdf.Fonts;

namespace AcneBotox.Pdf.Layout;

/// <summary>Sizes, colours and spacing of the handout, derived from the settings (and large print).</summary>
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

    /// <summary>The brand colour as 0xRRGGBB.</summary>
    public required uint Brand { get; init; }

    /// <summary>Body text colour (near black, for contrast).</summary>
    public uint Ink { get; init; } = 0x1A1A1A;

    /// <summary>Secondary text colour (footer), still above 4.5:1 on white.</summary>
    public uint Muted { get; init; } = 0x4A4A4A;

    /// <summary>The callout background.</summary>
    public uint CalloutFill { get; init; } = 0xEEF3F9;

    /// <summary>Width of the text column.</summary>
    public double BodyWidth => PageWidth - 2 * Margin;

    /// <summary>Height of the text column.</summary>
    public double BodyHeight => PageHeight - 2 * Margin;

    /// <summary>The running text style.</summary>
    public TextStyle Body => new(FontKind.Regular, BodySize, Ink);

    /// <summary>Space between blocks.</summary>
    public double ParagraphGap => BodySize * 0.6;

    /// <summary>The style of a heading of the given PDF level (1 = title).</summary>
    public TextStyle Heading(int level) => new(FontKind.Bold, level switch
    {
        1 => BodySize * 2,
        2 => BodySize * 1.35,
        3 => BodySize * 1.15,
        _ => BodySize,
    }, level <= 2 ? Brand : Ink);

    /// <summary>Smaller text for the footer and the closing notes (never below 12 pt in the notes).</summary>
    public TextStyle Small => new(FontKind.Regular, Math.Max(10, BodySize * 0.75), Muted);

    /// <summary>Builds the theme for the settings.</summary>
    public static HandoutTheme From(HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var (width, height) = settings.Paper == Paper.Letter ? (612.0, 792.0) : (595.0, 842.0);
        return new HandoutTheme
        {
            PageWidth = width,
            PageHeight = height,
            BodySize = settings.BodyFontSize,
            LineHeight = settings.LineHeight,
            Brand = uint.Parse(settings.BrandColor.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        };
    }
}
