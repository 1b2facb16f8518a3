using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;

namespace AcneBotox.Core.Look;

/// <summary>
/// Every word the handout adds to the article itself: callout titles, "Sources", the review lines, "Page X of Y",
/// the date format, placeholders for missing pictures and the default disclaimer. One table per language
/// (<see cref="LabelTables"/>), with <c>labels:</c> overrides from <c>handout.yml</c>; writers never spell these out.
/// </summary>
public sealed record HandoutLabels
{
    /// <summary>English, the default and the fallback for a language without a table.</summary>
    public static HandoutLabels English { get; } = new();

    /// <summary>The primary language subtag the table is written in (<c>en</c>, <c>es</c>).</summary>
    public string Language { get; init; } = "en";

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

    /// <summary>How a link to a section of the handout is described to assistive technology: "{0} (section link)".</summary>
    public string SectionLink { get; init; } = "{0} (section link)";

    /// <summary>Names the language switcher of a handout that exists in other languages (HTML).</summary>
    public string OtherLanguages { get; init; } = "This handout in other languages";

    /// <summary>How a table's scrolling region is named to assistive technology in HTML: "Table {0}" (its number).</summary>
    public string TableRegion { get; init; } = "Table {0}";

    /// <summary>The name of the <paramref name="number"/>th table's scrolling region.</summary>
    public string TableRegionName(int number) => Fill(TableRegion, number.ToString(CultureInfo.InvariantCulture));
    /// <summary>Heading of the numbered list of link addresses printed at the end of the PDF.</summary>
    public string LinksInHandout { get; init; } = "Links in this handout";

    /// <summary>"Online version: {0}" with the address of the handout's web page.</summary>
    public string OnlineVersion { get; init; } = "Online version: {0}";

    /// <summary>Alternative text of the QR code to the online version: "QR code ... {0}" with the address.</summary>
    public string QrCodeAlt { get; init; } = "QR code for the online version of this handout: {0}";

    /// <summary>What ends a sentence of end matter ("." or "。").</summary>
    public string SentenceEnd { get; init; } = ".";

    /// <summary>The disclaimer when the settings do not give one in this language.</summary>
    public string Disclaimer { get; init; } = Settings.HandoutSettings.DefaultDisclaimer;

    /// <summary>
    /// The contact line for this language when the settings give one (<c>contact</c> for the settings' language,
    /// <c>labels.&lt;lang&gt;.contact</c> for others); <c>null</c> for none.
    /// </summary>
    public string? Contact { get; init; }

    /// <summary>
    /// The date pattern: <c>{d}</c> day, <c>{month}</c> month name, <c>{m}</c> month number, <c>{yyyy}</c> year
    /// (<c>{d} {month} {yyyy}</c>; Spanish <c>{d} de {month} de {yyyy}</c>).
    /// </summary>
    public string DatePattern { get; init; } = "{d} {month} {yyyy}";

    /// <summary>Month names January to December as a date uses them (Russian and Greek take the genitive).</summary>
    public ImmutableArray<string> MonthNames { get; init; } =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// Every label a <c>labels:</c> section of <c>handout.yml</c> may set, with the number of <c>{n}</c> placeholders
    /// it must hold (a pattern that drops the page count or the date would silently lose it).
    /// </summary>
    public static FrozenDictionary<string, int> OverrideKeys { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["keyPoints"] = 0, ["note"] = 0, ["tip"] = 0, ["warning"] = 0, ["sources"] = 0,
        ["lastReviewed"] = 1, ["lastReviewedUnknown"] = 0, ["nextReview"] = 1, ["reviewedBy"] = 1, ["writtenBy"] = 1,
        ["version"] = 1, ["pageOf"] = 2, ["missingImage"] = 1, ["missingImageNoAlt"] = 0, ["sectionLink"] = 1, ["otherLanguages"] = 0,
        ["tableRegion"] = 1, ["linksInHandout"] = 0, ["onlineVersion"] = 1, ["qrCodeAlt"] = 1, ["datePattern"] = 0, ["disclaimer"] = 0, ["contact"] = 0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every text this table puts into a handout, by override key (for tests and tools that list them).</summary>
    public IReadOnlyDictionary<string, string> Texts => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["keyPoints"] = KeyPoints, ["note"] = Note, ["tip"] = Tip, ["warning"] = Warning, ["sources"] = Sources,
        ["lastReviewed"] = LastReviewed, ["lastReviewedUnknown"] = LastReviewedUnknown, ["nextReview"] = NextReview,
        ["reviewedBy"] = ReviewedBy, ["writtenBy"] = WrittenBy, ["version"] = Version, ["pageOf"] = PageOf,
        ["missingImage"] = MissingImage, ["missingImageNoAlt"] = MissingImageNoAlt, ["sectionLink"] = SectionLink,
        ["otherLanguages"] = OtherLanguages,
        ["tableRegion"] = TableRegion, ["linksInHandout"] = LinksInHandout, ["onlineVersion"] = OnlineVersion, ["qrCodeAlt"] = QrCodeAlt,
        ["disclaimer"] = Disclaimer,
    };

    /// <summary>This table with one label replaced; <paramref name="key"/> is one of <see cref="OverrideKeys"/>.</summary>
    public HandoutLabels With(string key, string value) => key switch
    {
        "keyPoints" => this with { KeyPoints = value },
        "note" => this with { Note = value },
        "tip" => this with { Tip = value },
        "warning" => this with { Warning = value },
        "sources" => this with { Sources = value },
        "lastReviewed" => this with { LastReviewed = value },
        "lastReviewedUnknown" => this with { LastReviewedUnknown = value },
        "nextReview" => this with { NextReview = value },
        "reviewedBy" => this with { ReviewedBy = value },
        "writtenBy" => this with { WrittenBy = value },
        "version" => this with { Version = value },
        "pageOf" => this with { PageOf = value },
        "missingImage" => this with { MissingImage = value },
        "missingImageNoAlt" => this with { MissingImageNoAlt = value },
        "sectionLink" => this with { SectionLink = value },
        "otherLanguages" => this with { OtherLanguages = value },
        "tableRegion" => this with { TableRegion = value },
        "linksInHandout" => this with { LinksInHandout = value },
        "onlineVersion" => this with { OnlineVersion = value },
        "qrCodeAlt" => this with { QrCodeAlt = value },
        "datePattern" => this with { DatePattern = value },
        "disclaimer" => this with { Disclaimer = value },
        "contact" => this with { Contact = value },
        _ => throw new ArgumentException($"'{key}' is not a handout label", nameof(key)),
    };

    /// <summary>A date as this language writes it ("1 March 2026", "1 de marzo de 2026").</summary>
    public string Date(DateOnly date) => DatePattern
        .Replace("{yyyy}", date.Year.ToString("0000", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", MonthNames[date.Month - 1], StringComparison.Ordinal)
        .Replace("{m}", date.Month.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{d}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Fills a label's placeholders.</summary>
    public static string Fill(string label, params object[] values) => string.Format(CultureInfo.InvariantCulture, label, values);
}
