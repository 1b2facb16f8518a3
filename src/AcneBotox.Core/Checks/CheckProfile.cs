using System.Collections.Immutable;
using AcneBotox.Core.Checks.PlainLanguage;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Checks.Text;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks;

/// <summary>
/// Which checks suit a document's language, decided once for every check and every report: the readability
/// formulas and syllable rules, the jargon list, and the checks whose rules are English grammar (passive voice,
/// the reader addressed as "you") and so run on English only. A language with no formula gets the structural
/// checks only. The reports print <see cref="Ran"/> and <see cref="NotRun"/>.
/// </summary>
/// <param name="Language">The primary subtag of the language the document is checked in (<c>en</c>, <c>es</c>, <c>ru</c>).</param>
/// <param name="Formulas">The readability formulas for that language.</param>
public sealed record CheckProfile(string Language, ReadabilityFormulas Formulas)
{
    /// <summary>The rule id of the note that says which checks did not run for a document's language.</summary>
    public const string CoverageRule = "checks.language";

    /// <summary>The profile for a document: its front matter's language, else the settings'.</summary>
    public static CheckProfile For(Document document, HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        return For(document.Metadata.Language ?? settings.Language);
    }

    /// <summary>The profile for a BCP 47 tag, matched on its primary subtag.</summary>
    public static CheckProfile For(string languageTag)
    {
        var language = LabelTables.PrimarySubtag(languageTag);
        return new CheckProfile(language, language switch
        {
            "en" => ReadabilityFormulas.English,
            "es" => ReadabilityFormulas.Spanish,
            _ => ReadabilityFormulas.None,
        });
    }

    /// <summary>True for English: the passive-voice and "you" checks read English grammar.</summary>
    public bool RunsEnglishOnlyChecks => Language == "en";

    /// <summary>The jargon list for the language, or <c>null</c> when none is shipped.</summary>
    public ImmutableArray<PlainWordEntry>? PlainWords => PlainWordList.For(Language);

    /// <summary>True when the purpose, summary and vague-heading checks know the language's words (English, Spanish).</summary>
    public bool KnowsHeadingWords => Language is "en" or "es";

    /// <summary>Syllables of one word by the language's rules (0 when no formula needs them).</summary>
    public int Syllables(string word) => Formulas switch
    {
        ReadabilityFormulas.English => SyllableCounter.Count(word),
        ReadabilityFormulas.Spanish => SpanishSyllables.Count(word),
        _ => 0,
    };

    /// <summary>The checks that ran, in report order, each with what it used.</summary>
    public ImmutableArray<string> Ran =>
    [
        .. Formulas switch
        {
            ReadabilityFormulas.English => ["readability scores (Flesch-Kincaid grade, SMOG, Flesch Reading Ease, Coleman-Liau)"],
            ReadabilityFormulas.Spanish => ["readability scores (Fernández-Huerta, Szigriszt-Pazos on the INFLESZ scale)"],
            _ => Array.Empty<string>(),
        },
        "sentence and paragraph length",
        .. RunsEnglishOnlyChecks ? ["passive voice", "reader addressed as \"you\""] : Array.Empty<string>(),
        .. PlainWords is null ? Array.Empty<string>() : [$"plain words ({Language} list)"],
        "acronyms",
        KnowsHeadingWords ? "structure (headings, sections, summary, purpose, review date, sources, alt text)"
            : "structure (headings, sections, key points, review date, sources, alt text)",
        "language of the text",
    ];

    /// <summary>The checks that did not run for this language, each with why; empty for English.</summary>
    public ImmutableArray<string> NotRun =>
    [
        .. Formulas == ReadabilityFormulas.None ? [$"readability scores (no formula for '{Language}')"] : Array.Empty<string>(),
        .. RunsEnglishOnlyChecks ? Array.Empty<string>() : ["passive voice and reader addressed as \"you\" (English grammar only)"],
        .. PlainWords is null ? [$"plain words (no list for '{Language}')"] : Array.Empty<string>(),
        .. KnowsHeadingWords ? Array.Empty<string>() : [$"purpose, summary and vague-heading wording (no word list for '{Language}')"],
    ];

    /// <summary>One line for people: what ran, and what did not and why.</summary>
    public string Describe()
    {
        var notRun = NotRun;
        var head = Formulas == ReadabilityFormulas.None
            ? $"no readability formula for '{Language}': structural checks only"
            : $"checked as '{Language}'";
        return notRun.IsEmpty ? $"{head}: {string.Join(", ", Ran)}" : $"{head}: {string.Join(", ", Ran)}; not run: {string.Join("; ", notRun)}";
    }
}
