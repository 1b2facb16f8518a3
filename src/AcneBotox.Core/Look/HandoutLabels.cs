using System.Globalization;

namespace AcneBotox.Core.Look;

/// <summary>
/// Every word the handout adds to the article itself: callout titles, "Sources", the review lines, "Page X of Y".
/// One table per language; writers never spell these out themselves.
/// </summary>
public sealed record HandoutLabels
{
    /// <summary>English, the default.</summary>
    public static HandoutLabels English { get; } = new();

    /// <summary>Default title of the key-points box.</summary>
    public string KeyPoints { get; init; } = "Key points";

    /// <summary>Default title of a note.</summary>
    public string Note { get; init; } = "Note";

    /// <summary>Default title of a tip.</summary>
    public string Tip { get; init; } = "Tip";

    /// <summary>Default title of a warning.</summary>
    public string Warning { get; init; } = "Warning";

    /// <summary>Heading of the reference list.</summary>
    public string Sources { get; init; } = "Sources";

    /// <summary>"Last reviewed {0}" with the formatted date.</summary>
    public string LastReviewed { get; init; } = "Last reviewed {0}";

    /// <summary>Said when the review date is unknown.</summary>
    public string LastReviewedUnknown { get; init; } = "Last reviewed: not recorded";

    /// <summary>"Next review due {0}" with the formatted date.</summary>
    public string NextReview { get; init; } = "Next review due {0}";

    /// <summary>"Reviewed by {0}".</summary>
    public string ReviewedBy { get; init; } = "Reviewed by {0}";

    /// <summary>"Written by {0}" with the authors joined.</summary>
    public string WrittenBy { get; init; } = "Written by {0}";

    /// <summary>"Version {0}".</summary>
    public string Version { get; init; } = "Version {0}";

    /// <summary>"Page {0} of {1}".</summary>
    public string PageOf { get; init; } = "Page {0} of {1}";

    /// <summary>Stands in for a picture that could not be included, with its alt text: "[Image: {0}]".</summary>
    public string MissingImage { get; init; } = "[Image: {0}]";

    /// <summary>Stands in for a picture that could not be included and has no alt text.</summary>
    public string MissingImageNoAlt { get; init; } = "[Image]";

    /// <summary>What every format prints where a picture could not be included: its alt text, never silence.</summary>
    public string MissingImageText(string? altText) => string.IsNullOrWhiteSpace(altText)
        ? MissingImageNoAlt
        : Fill(MissingImage, altText.Trim());

    /// <summary>The date pattern for this language.</summary>
    public string DatePattern { get; init; } = "d MMMM yyyy";

    /// <summary>The culture whose month names the dates use.</summary>
    public CultureInfo DateCulture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>A date as this language writes it.</summary>
    public string Date(DateOnly date) => date.ToString(DatePattern, DateCulture);

    /// <summary>Fills a label's placeholders.</summary>
    public static string Fill(string label, params object[] values) => string.Format(CultureInfo.InvariantCulture, label, values);
}
