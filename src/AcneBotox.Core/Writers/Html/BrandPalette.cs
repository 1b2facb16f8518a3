using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Writers.Html;

/// <summary>
/// The colours of the handout, derived from the brand colour so that every piece of text reaches
/// WCAG AA contrast (4.5:1). A brand colour too light for text is darkened for text use and kept,
/// as given, only for decoration (rules and box borders), with a warning.
/// </summary>
/// <param name="Text">Colour for headings, links and the header band (contrast at least 4.5:1 with white and with <paramref name="CalloutBackground"/>).</param>
/// <param name="Decoration">The brand colour as configured, for borders only.</param>
/// <param name="CalloutBackground">A light tint of the brand colour behind boxed callouts.</param>
public sealed record BrandPalette(string Text, string Decoration, string CalloutBackground)
{
    /// <summary>The minimum contrast for body-size text (WCAG 2.1 SC 1.4.3).</summary>
    public const double MinimumContrast = 4.5;

    // A little above the minimum so rounding in a browser's colour pipeline cannot drop below it.
    private const double TargetContrast = 4.6;

    private static readonly (byte, byte, byte) White = (255, 255, 255);
    private static readonly (byte, byte, byte) Fallback = (0x1F, 0x5C, 0x99);

    /// <summary>The palette for the given settings; warnings go to <paramref name="diagnostics"/>.</summary>
    public static BrandPalette From(HandoutSettings settings, DiagnosticBag diagnostics, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var brand = ColorContrast.Parse(settings.BrandColor);
        if (brand is null)
        {
            diagnostics.Warn("html.brand-color", $"brandColor '{settings.BrandColor}' is not #RRGGBB; using {ColorContrast.Format(Fallback)}",
                sourcePath, suggestion: "set brandColor in handout.yml to a colour like #1F5C99");
        }
        var decoration = brand ?? Fallback;
        var background = ColorContrast.Tint(decoration, 0.08);
        var text = ColorContrast.DarkenUntil(decoration, background, TargetContrast);
        if (brand is not null && text != decoration)
        {
            diagnostics.Warn("html.brand-contrast",
                $"brandColor {ColorContrast.Format(decoration)} has contrast {ColorContrast.Ratio(decoration, White):0.00}:1 against white, "
                + $"below {MinimumContrast}:1; text uses the darker {ColorContrast.Format(text)} and the brand colour only decorates",
                sourcePath, suggestion: "choose a darker brandColor in handout.yml");
        }
        return new BrandPalette(ColorContrast.Format(text), ColorContrast.Format(decoration), ColorContrast.Format(background));
    }
}
