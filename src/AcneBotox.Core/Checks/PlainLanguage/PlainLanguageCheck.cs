using System.Collections.Frozen;
using System.Collections.Immutable;
using AcneBotox.Core.Checks.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks.PlainLanguage;

/// <summary>
/// PEMAT-style word checks: jargon with a plainer word on the list of the document's language (English or
/// Spanish; given a list, it is used whatever the language), acronyms not spelled out at first use, and, in
/// English, a reader who is never addressed as "you".
/// </summary>
public sealed class PlainLanguageCheck(ImmutableArray<PlainWordEntry>? words) : IDocumentCheck
{
    // Capitals that every reader knows, or that are not acronyms at all.
    private static readonly FrozenSet<string> KnownAcronyms = new[]
    {
        "I", "A", "OK", "US", "USA", "UK", "EU", "TV", "AM", "PM", "ID", "DIY", "FAQ", "FAQS", "PDF",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> YouWords = new[]
    {
        "you", "your", "yours", "yourself", "yourselves", "you're", "you’re", "you'll", "you’ll", "you've", "you’ve", "you'd", "you’d",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The check with the shipped jargon list of each document's language.</summary>
    public PlainLanguageCheck() : this(null) { }

    /// <inheritdoc />
    public string Name => "plain-language";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Run(Document document, HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var path = document.Metadata.Provenance.SourcePath;
        var runs = DocumentText.Runs(document).ToList();
        var profile = CheckProfile.For(document, settings);
        var list = words ?? profile.PlainWords ?? [];
        // "You" is English grammar; Spanish readers are addressed as "usted" or "tú", which this check does not know.
        var addressed = profile.RunsEnglishOnlyChecks ? NotAddressed(runs, path) : [];
        return [.. Jargon(list, runs, path).OrderBy(d => d.Line ?? 0), .. Acronyms(runs, path), .. addressed];
    }

    private static IEnumerable<Diagnostic> Jargon(ImmutableArray<PlainWordEntry> list, List<TextRun> runs, string path)
    {
        foreach (var entry in list)
        {
            int? first = null;
            string? found = null;
            var count = 0;
            // EnumerateMatches allocates nothing per run: this loop runs every entry over every run of every handout.
            foreach (var run in runs)
            {
                foreach (var match in entry.Pattern.EnumerateMatches(run.Text))
                {
                    if (count++ == 0)
                    {
                        first = run.Line;
                        found = run.Text.Substring(match.Index, match.Length);
                    }
                }
            }
            if (count == 0) continue;
            var times = count == 1 ? "" : $" ({count} times)";
            yield return new Diagnostic(Severity.Warning, "plain.jargon",
                $"\"{found}\"{times} may be hard for patients", path, first, $"plainer: {entry.Plain}");
        }
    }

    private static IEnumerable<Diagnostic> Acronyms(List<TextRun> runs, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in runs)
        {
            // Counted once per run, not once per acronym: a run with thousands of acronyms stays linear.
            (int Letters, int Capitals)? counts = null;
            foreach (var (index, length) in AcronymScanner.Find(run.Text))
            {
                var acronym = run.Text.Substring(index, length);
                var key = acronym.TrimEnd('s');
                if (key.Length > 6 || KnownAcronyms.Contains(key) || !seen.Add(key)) continue;
                counts ??= CountLetters(run.Text);
                if (IsShouting(counts.Value, length) || IsSpelledOut(run.Text, index, length)) continue;
                yield return new Diagnostic(Severity.Warning, "plain.acronym",
                    $"\"{acronym}\" is not spelled out at its first use", path, run.Line,
                    $"write the full words first, then the letters in brackets, e.g. \"long words ({acronym})\"");
            }
        }
    }

    // "Long Form (LF)" or "LF (long form)" at first use. Only the spaces next to the acronym are looked at.
    private static bool IsSpelledOut(string text, int index, int length)
    {
        var before = index - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        var after = index + length;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        var opensBefore = before >= 0 && text[before] == '(';
        var next = after < text.Length ? text[after] : '\0';
        return (opensBefore && next == ')') || next == '(';
    }

    // A run of capitals ("STOP TAKING IT NOW") is emphasis, not acronyms.
    private static bool IsShouting((int Letters, int Capitals) counts, int acronymLength) =>
        counts.Letters > acronymLength + 3 && counts.Capitals > counts.Letters * 0.6;

    private static (int Letters, int Capitals) CountLetters(string text)
    {
        int letters = 0, capitals = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) capitals++;
        }
        return (letters, capitals);
    }

    private static IEnumerable<Diagnostic> NotAddressed(List<TextRun> runs, string path)
    {
        var bodyWords = runs.Where(r => !r.IsHeading).SelectMany(r => WordTokenizer.Words(r.Text)).ToList();
        if (bodyWords.Count < 30 || bodyWords.Any(YouWords.Contains)) yield break;
        yield return new Diagnostic(Severity.Warning, "plain.you",
            "the reader is never addressed as \"you\"", path, null,
            "talk to the reader: \"you may feel\" rather than \"patients may feel\"");
    }
}
