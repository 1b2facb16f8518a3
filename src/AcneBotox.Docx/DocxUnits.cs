using AcneBotox.Core.Settings;

namespace AcneBotox.Docx;

/// <summary>WordprocessingML measures: twips (1/20 pt), half-points and EMUs, and the page geometry a handout uses.</summary>
internal static class DocxUnits
{
    /// <summary>Twips in one inch (the handout's margin).</summary>
    public const int Inch = 1440;

    /// <summary>English Metric Units in one pixel at 96 dpi.</summary>
    public const long EmuPerPixel = 9525;

    /// <summary>English Metric Units in one twip.</summary>
    public const long EmuPerTwip = 635;

    /// <summary>Page width and height in twips.</summary>
    public static (int Width, int Height) PageSize(Paper paper) => paper == Paper.Letter ? (12240, 15840) : (11906, 16838);

    /// <summary>The width of the text column in twips (page less two 1-inch margins).</summary>
    public static int TextWidth(Paper paper) => PageSize(paper).Width - 2 * Inch;

    /// <summary>A point size as half-points, the unit of <c>w:sz</c>.</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A length in points as twips (1/20 pt), the unit of <c>w:spacing</c>.</summary>
    public static string Twips(double points) => ((int)Math.Round(points * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
