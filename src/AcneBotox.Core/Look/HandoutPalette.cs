using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Look;

/// <summary>
/// Every colour of the handout, derived once from the brand colour so that each text colour reaches WCAG AA
/// contrast (4.5:1) on every background it is drawn on, in every format. A brand colour too light for text
/// is darkened for text and kept, as given, only for decoration (rules and box borders), with one warning.
/// All colours are upper-case <c>#RRGGBB</c>.
/// </summary>
public sealed record HandoutPalette
{
    /// <summary>The minimum contrast for body-size text (WCAG 2.1 SC 1.4.3).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>The rule id of the warning about a brand colour too light for text.</summary>
    public const string BrandContrastRule = "look.brand-contrast";

    /// <summary>The rule id of the warning about a brand colour that is not <c>#RRGGBB</c>.</summary>
    public const string BrandColorRule = "look.brand-color";

    // A little above the minimum so rounding in a browser's or viewer's colour pipeline cannot drop below it.
    private const double TargetContrast = 4.6;

    private static readonly (byte, byte, byte) Fallback = (0x1F, 0x5C, 0x99);
    private static readonly (byte, byte, byte) WarningRed = (0xA4, 0x26, 0x2C);

    /// <summary>The page (white).</summary>
    public string Page { get; init; } = "#FFFFFF";

    /// <summary>Running text.</summary>
    public string Ink { get; init; } = "#1A1A1A";

    /// <summary>Secondary text: page footer, subtitle.</summary>
    public string Muted { get; init; } = "#4A4A4A";

    /// <summary>Headings, the title, the organization in the header band, and callout titles (except warnings).</summary>
    public required string Heading { get; init; }

    /// <summary>Link text.</summary>
    public required string Link { get; init; }

    /// <summary>The brand colour as configured (or the fallback): rules and box borders only, never text.</summary>
    public required string Decoration { get; init; }

    /// <summary>The light tint behind key points, notes and tips.</summary>
    public required string BoxFill { get; init; }

    /// <summary>Border of warning boxes.</summary>
    public string WarningBorder { get; init; } = ColorContrast.Format(WarningRed);

    /// <summary>The light tint behind warning boxes.</summary>
    public string WarningFill { get; init; } = ColorContrast.Format(ColorContrast.Tint(WarningRed, 0.07));

    /// <summary>The title text of warning boxes.</summary>
    public required string WarningTitle { get; init; }

    /// <summary>Background of table header cells.</summary>
    public string TableHeaderFill { get; init; } = "#F2F2F2";

    /// <summary>Table cell borders and quote bars.</summary>
    public string Rule { get; init; } = "#767676";

    /// <summary>Every background text may sit on.</summary>
    public IEnumerable<string> Backgrounds => [Page, BoxFill, WarningFill, TableHeaderFill];

    /// <summary>The palette for the given settings; the one warning (if any) goes to <paramref name="diagnostics"/>.</summary>
    public static HandoutPalette From(HandoutSettings settings, DiagnosticBag diagnostics, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var brand = ColorContrast.Parse(settings.BrandColor);
        if (brand is null)
        {
            diagnostics.Warn(BrandColorRule, $"brandColor '{settings.BrandColor}' is not #RRGGBB; using {ColorContrast.Format(Fallback)}",
                sourcePath, suggestion: "set brandColor in handout.yml to a colour like #1F5C99");
        }
        var decoration = brand ?? Fallback;
        var boxFill = ColorContrast.Tint(decoration, 0.08);
        var warningFill = ColorContrast.Tint(WarningRed, 0.07);
        (byte, byte, byte)[] backgrounds = [(255, 255, 255), boxFill, warningFill, (0xF2, 0xF2, 0xF2)];
        var text = ColorContrast.DarkenUntil(decoration, backgrounds, TargetContrast);
        var warningTitle = ColorContrast.DarkenUntil(WarningRed, backgrounds, TargetContrast);
        var palette = new HandoutPalette
        {
            Heading = ColorContrast.Format(text),
            Link = ColorContrast.Format(text),
            Decoration = ColorContrast.Format(decoration),
            BoxFill = ColorContrast.Format(boxFill),
            WarningFill = ColorContrast.Format(warningFill),
            WarningTitle = ColorContrast.Format(warningTitle),
        };
        if (brand is not null && text != decoration)
        {
            var ratio = ColorContrast.Ratio(decoration, (255, 255, 255));
            diagnostics.Warn(BrandContrastRule, string.Create(CultureInfo.InvariantCulture,
                $"brandColor {palette.Decoration} has contrast {ratio:0.00}:1 against white, below {MinimumContrast:0.0}:1; "
                + $"PDF, Word and HTML draw headings, links and the header in the darker {palette.Heading} "
                + $"({ColorContrast.Ratio(text, (255, 255, 255)):0.00}:1) and use {palette.Decoration} only for rules and box borders"),
                sourcePath, suggestion: "choose a darker brandColor in handout.yml");
        }
        return palette;
    }

    /// <summary>The minimum contrast for borders and rules that carry meaning (WCAG 2.1 SC 1.4.11).</summary>
    public const double MinimumNonTextContrast = 3;

    private static readonly (byte, byte, byte) DarkPage = (0x12, 0x12, 0x12);

    /// <summary>
    /// This palette for a dark screen (HTML's <c>prefers-color-scheme: dark</c>): a near-black page, light text,
    /// the brand and warning hues lightened until every text colour reaches 4.5:1 on every dark background
    /// (page, box tints, table header) and borders 3:1 on the page. Paper stays light: print uses this palette.
    /// </summary>
    public HandoutPalette Dark()
    {
        var brand = ColorContrast.Parse(Decoration) ?? Fallback;
        var boxFill = ColorContrast.Blend(brand, DarkPage, 0.2);
        var warningFill = ColorContrast.Blend(WarningRed, DarkPage, 0.2);
        var tableHeader = ((byte)0x2B, (byte)0x2B, (byte)0x2B);
        (byte, byte, byte)[] backgrounds = [DarkPage, boxFill, warningFill, tableHeader];
        var text = ColorContrast.LightenUntil(brand, backgrounds, TargetContrast);
        var warningTitle = ColorContrast.LightenUntil(WarningRed, backgrounds, TargetContrast);
        return new HandoutPalette
        {
            Page = ColorContrast.Format(DarkPage),
            Ink = ColorContrast.Format(ColorContrast.LightenUntil((0xE6, 0xE6, 0xE6), backgrounds, TargetContrast)),
            Muted = ColorContrast.Format(ColorContrast.LightenUntil((0xB8, 0xB8, 0xB8), backgrounds, TargetContrast)),
            Heading = ColorContrast.Format(text),
            Link = ColorContrast.Format(text),
            Decoration = ColorContrast.Format(ColorContrast.LightenUntil(brand, [DarkPage], MinimumNonTextContrast)),
            BoxFill = ColorContrast.Format(boxFill),
            WarningBorder = ColorContrast.Format(warningTitle),
            WarningFill = ColorContrast.Format(warningFill),
            WarningTitle = ColorContrast.Format(warningTitle),
            TableHeaderFill = ColorContrast.Format(tableHeader),
            Rule = ColorContrast.Format(ColorContrast.LightenUntil((0x76, 0x76, 0x76), [DarkPage], MinimumNonTextContrast)),
        };
    }
}
