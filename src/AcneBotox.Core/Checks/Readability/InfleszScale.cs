using System.Globalization;

namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// The INFLESZ scale (Barrio-Cantalejo et al., An Sist Sanit Navar 2008; 31(2): 135-152), which reads a
/// Szigriszt-Pazos score for texts written for patients: under 40 very hard, 40-55 somewhat hard, 55-65 normal,
/// 65-80 fairly easy, 80 and over very easy. A band's lower bound belongs to it (55 is "normal").
/// </summary>
public static class InfleszScale
{
    /// <summary>The lowest score the scale calls "normal": what patient materials should reach.</summary>
    public const double Normal = 55;

    /// <summary>The band of <paramref name="score"/> by its Spanish name, e.g. "algo difícil".</summary>
    public static string Band(double score) => score switch
    {
        < 40 => "muy difícil",
        < 55 => "algo difícil",
        < 65 => "normal",
        < 80 => "bastante fácil",
        _ => "muy fácil",
    };

    /// <summary>The band in English, for the report's readers: "somewhat hard".</summary>
    public static string EnglishBand(double score) => score switch
    {
        < 40 => "very hard",
        < 55 => "somewhat hard",
        < 65 => "normal",
        < 80 => "fairly easy",
        _ => "very easy",
    };

    /// <summary>"48.2 (algo difícil, somewhat hard)".</summary>
    public static string Describe(double score) =>
        string.Create(CultureInfo.InvariantCulture, $"{score:0.0} ({Band(score)}, {EnglishBand(score)})");
}
