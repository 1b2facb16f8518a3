using System.Collections.Immutable;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;

namespace AcneBotox.Core.Settings;

/// <summary>
/// What every handout of a content folder shares (<c>content/handout.yml</c>), plus the render
/// switches the CLI adds. Every property has a default, so a missing file still works.
/// </summary>
public sealed record HandoutSettings
{
    /// <summary>Organization name in the header band. YAML key <c>organization</c>.</summary>
    public string Organization { get; init; } = "Your Clinic";

    /// <summary>How patients reach the clinic, printed at the end. YAML key <c>contact</c>.</summary>
    public string? Contact { get; init; }

    /// <summary>The built-in English disclaimer; a document in another language gets its language's default instead.</summary>
    public const string DefaultDisclaimer =
        "This handout is general information. It does not replace advice from your own doctor or nurse.";

    /// <summary>The disclaimer printed at the end, in the settings' <see cref="Language"/>. YAML key <c>disclaimer</c>.</summary>
    public string Disclaimer { get; init; } = DefaultDisclaimer;

    /// <summary>Default BCP 47 language when a document does not say. YAML key <c>language</c>.</summary>
    public string Language { get; init; } = "en-US";

    /// <summary>
    /// Label overrides from the <c>labels:</c> section, by primary language subtag (<c>""</c> for the keys given
    /// directly under <c>labels:</c>, which apply to the settings' <see cref="Language"/>), then by label key.
    /// Sorted, so the settings hash is the same in every run.
    /// </summary>
    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> Labels { get; init; } = NoLabels;

    // One shared empty instance, so settings without labels compare equal (the dictionary compares by reference).
    private static readonly ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> NoLabels =
        ImmutableSortedDictionary.Create<string, ImmutableSortedDictionary<string, string>>(StringComparer.Ordinal);

    /// <summary>Paper size. YAML key <c>paper</c> (<c>a4</c> or <c>letter</c>); CLI <c>--paper</c>.</summary>
    public Paper Paper { get; init; } = Paper.A4;

    /// <summary>Body text size in points (12 minimum). YAML key <c>fontSize</c>.</summary>
    public double FontSize { get; init; } = 13;

    /// <summary>Brand colour as <c>#RRGGBB</c>, used for the header band and headings. YAML key <c>brandColor</c>.</summary>
    public string BrandColor { get; init; } = "#1F5C99";

    /// <summary>Target reading grade of English handouts; above it a check warns. YAML key <c>readability.targetGrade</c> (or <c>readability.en.targetGrade</c>).</summary>
    public double TargetGrade { get; init; } = 8;

    /// <summary>
    /// For Spanish handouts, the Szigriszt-Pazos score (INFLESZ scale) under which a check warns; 55 is the bottom of
    /// "normal". YAML key <c>readability.es.minimumInflesz</c>.
    /// </summary>
    public double MinimumInflesz { get; init; } = 55;

    /// <summary>Largest input file accepted, in bytes. YAML key <c>limits.maxInputBytes</c>.</summary>
    public long MaxInputBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>
    /// Most blocks (paragraphs, headings, list items, table cells...) one document may hold; a handout
    /// has dozens, so thousands mean a runaway input that would take minutes and gigabytes to lay out.
    /// YAML key <c>limits.maxBlocks</c>.
    /// </summary>
    public int MaxBlocks { get; init; } = 10_000;

    /// <summary>Per rule and per file glob, whether findings are reported and how severe. YAML section <c>checks</c>.</summary>
    public ChecksPolicy Checks { get; init; } = ChecksPolicy.None;

    /// <summary>
    /// What an image that cannot be included (missing, outside the content folder, a URL, damaged) is: an error that
    /// fails the document (the default, so no handout goes out without its diagram) or a warning.
    /// YAML key <c>images.missing</c> (<c>error</c> or <c>warning</c>).
    /// </summary>
    public Severity MissingImages { get; init; } = Severity.Error;

    /// <summary>The largest <c>maxPages</c> a handout may ask for (the PDF writer's own page limit).</summary>
    public const int MaxPagesLimit = 500;

    /// <summary>
    /// Most PDF pages a handout should take; past it the layout fits tighter (smaller figures, less space between
    /// blocks) and warns with the page count when it still does not fit. YAML key <c>maxPages</c>; front matter overrides it.
    /// </summary>
    public int? MaxPages { get; init; }

    /// <summary>
    /// The online version's address as a pattern (<c>{name}</c> is the handout's file name), printed with a QR code.
    /// YAML key <c>onlineUrl</c>; front matter <c>onlineUrl</c> overrides it.
    /// </summary>
    public string? OnlineUrl { get; init; }

    /// <summary>
    /// Fonts tried, in order, for characters Atkinson Hyperlegible lacks: family names and folders (relative to
    /// <c>handout.yml</c>). YAML key <c>fonts</c> (a list); default <see cref="Look.FontFallback.DefaultFamilies"/>.
    /// </summary>
    public Look.FontFallback Fonts { get; init; } = Look.FontFallback.Default;

    /// <summary>
    /// Whether the Word file carries Atkinson Hyperlegible (obfuscated font parts, 124 of a handout's 131 KB).
    /// Off by default: the Word file is the copy staff edit, Word and LibreOffice show it in the declared stand-in
    /// (Arial), and the PDF is the copy that looks the same everywhere. YAML key <c>docx.embedFonts</c>.
    /// </summary>
    public bool DocxEmbedFonts { get; init; }

    /// <summary>Large-print variant: 18 pt body, line height 1.5. CLI <c>--large-print</c>.</summary>
    public bool LargePrint { get; init; }

    /// <summary>The body size writers should use: <see cref="FontSize"/>, or 18 pt in large print.</summary>
    public double BodyFontSize => LargePrint ? Math.Max(18, FontSize) : FontSize;

    /// <summary>The line height factor writers should use.</summary>
    public double LineHeight => LargePrint ? 1.5 : 1.4;
}
