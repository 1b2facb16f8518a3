using AcneBotox.Core.Settings;

namespace AcneBotox.Docx;

/// <summary>The handout's typography and colours as WordprocessingML values, from the settings.</summary>
/// <param name="Settings">The handout settings (paper, body size, large print).</param>
/// <param name="Language">The document's language tag (style defaults).</param>
/// <param name="TextColor">Headings and links: the brand colour, darkened when needed for 4.5:1 contrast, as RRGGBB.</param>
/// <param name="DecorationColor">Box borders and rules: the brand colour as configured, as RRGGBB.</param>
/// <param name="TintColor">The light shading behind callouts, as RRGGBB.</param>
internal sealed record DocxLook(HandoutSettings Settings, string Language, string TextColor, string DecorationColor, string TintColor)
{
    /// <summary>The body font; Arial stands in where it is not installed (declared in the font table).</summary>
    public const string BodyFont = "Atkinson Hyperlegible";

    /// <summary>The fallback font named in the font table.</summary>
    public const string FallbackFont = "Arial";

    /// <summary>The font for code and literal terms.</summary>
    public const string CodeFont = "Courier New";

    /// <summary>Body size in points.</summary>
    public double BodySize => Settings.BodyFontSize;

    /// <summary>Scales a size that is given for the 13 pt body to the actual body size.</summary>
    public double Scaled(double pointsAtThirteen) => Math.Round(pointsAtThirteen * BodySize / 13 * 2) / 2;
}
