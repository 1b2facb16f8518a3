using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Look;

/// <summary>How the handout looks, decided once for all formats: colours, sizes and the words it adds.</summary>
/// <param name="Palette">Contrast-safe colours from the brand colour.</param>
/// <param name="Type">Text sizes for normal or large print.</param>
/// <param name="Labels">The handout's own words in the document's language.</param>
/// <param name="Paper">The paper size of paged formats.</param>
public sealed record HandoutLook(HandoutPalette Palette, TypeScale Type, HandoutLabels Labels, Paper Paper)
{
    /// <summary>The body font every format names first.</summary>
    public const string BodyFont = "Atkinson Hyperlegible";

    /// <summary>The fonts after <see cref="BodyFont"/> for characters it lacks, in order.</summary>
    public FontFallback Fonts { get; init; } = FontFallback.Default;

    /// <summary>The look for the settings and the document's language; warnings (brand colour, labels) go to <paramref name="diagnostics"/>.</summary>
    public static HandoutLook From(HandoutSettings settings, string language, DiagnosticBag diagnostics, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new HandoutLook(HandoutPalette.From(settings, diagnostics, sourcePath), TypeScale.From(settings),
            LabelResolver.Resolve(language, settings, diagnostics, sourcePath), settings.Paper) { Fonts = settings.Fonts };
    }
}
