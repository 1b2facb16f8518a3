using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Cli.Preview;

/// <summary>
/// Places the checks' findings on the source text. The findings themselves come from the checks (a line each);
/// the stretches to mark come from what the checks measured: the scored sentences (long or passive) are found again
/// in the text from their line on, and a word a finding quotes (jargon, an acronym) is marked where it stands.
/// </summary>
internal static class SourceMarker
{
    // Enough words to pin a sentence down; few enough that markup between them rarely breaks the match.
    private const int AnchorWords = 4;

    // A sentence starts on its paragraph's line; hard-wrapped text may put it some lines further down.
    private const int SearchWindow = 4000;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>The marks for <paramref name="document"/>; none when its text could not be read.</summary>
    public static SourceMarks Find(PreviewDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.SourceText ?? "";
        var lineStarts = LineStarts(text);
        var findings = document.Findings;
        var byLine = findings
            .Where(d => d.Line is { } line && line >= 1 && line <= lineStarts.Count)
            .GroupBy(d => d.Line!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)[.. g]);
        var whole = findings.Where(d => d.Line is not { } line || line < 1 || line > lineStarts.Count).ToList();

        var spans = new List<SourceSpan>();
        if (document.SourceText is not null)
        {
            if (document.Analysis is { } analysis) spans.AddRange(Sentences(text, lineStarts, analysis.Sentences));
            foreach (var finding in findings)
            {
                if (Quoted(finding.Message) is not { } quoted) continue;
                if (finding.Rule == "plain.jargon") spans.AddRange(Everywhere(text, quoted, MarkKinds.Jargon, RegexOptions.IgnoreCase));
                else if (finding.Rule == "plain.acronym" && finding.Line is { } line && line <= lineStarts.Count)
                    spans.AddRange(Everywhere(text, quoted, MarkKinds.Acronym, RegexOptions.None)
                        .Where(s => s.Start >= lineStarts[line - 1] && s.Start < LineEnd(text, lineStarts, line)));
            }
        }
        return new SourceMarks(spans, byLine, whole);
    }

    /// <summary>The offset where each line starts (the text's line breaks are already LF).</summary>
    public static IReadOnlyList<int> LineStarts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        // A final line break does not start another line.
        if (starts.Count > 1 && starts[^1] == text.Length) starts.RemoveAt(starts.Count - 1);
        return starts;
    }

    /// <summary>The offset just past the last character of 1-based <paramref name="line"/>, before its line break.</summary>
    public static int LineEnd(string text, IReadOnlyList<int> lineStarts, int line)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lineStarts);
        var end = line < lineStarts.Count ? lineStarts[line] - 1 : text.Length;
        return Math.Max(lineStarts[line - 1], end);
    }

    private static IEnumerable<SourceSpan> Sentences(string text, IReadOnlyList<int> lineStarts, ImmutableArray<ScoredSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var kinds = new List<string>();
            if (sentence.Words.Length > ReadabilityCheck.MaxSentenceWords) kinds.Add(MarkKinds.LongSentence);
            if (PassiveVoice.IsPassive(sentence.Words)) kinds.Add(MarkKinds.Passive);
            if (kinds.Count == 0 || sentence.Line is not { } line || line < 1 || line > lineStarts.Count) continue;
            if (Locate(text, lineStarts[line - 1], sentence.Words) is not var (start, end)) continue;
            foreach (var kind in kinds) yield return new SourceSpan(start, end, kind);
        }
    }

    // The sentence's first words from its line on, then its last words after them.
    private static (int Start, int End)? Locate(string text, int from, ImmutableArray<string> words)
    {
        if (words.IsEmpty) return null;
        var window = Math.Min(SearchWindow, text.Length - from);
        var first = Match(text, from, window, words.Take(AnchorWords));
        if (first is null) return null;
        var tail = words.Length > AnchorWords ? Match(text, first.Index, Math.Min(SearchWindow, text.Length - first.Index), words.Skip(words.Length - AnchorWords)) : null;
        return (first.Index, tail is null ? first.Index + first.Length : tail.Index + tail.Length);
    }

    private static Match? Match(string text, int from, int length, IEnumerable<string> words)
    {
        // Between two words anything but a letter or digit may stand: spaces, a line break, emphasis marks, punctuation.
        var pattern = string.Join(@"[^\p{L}\p{N}]+", words.Select(Regex.Escape));
        try
        {
            var match = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout).Match(text, from, length);
            return match.Success ? match : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static List<SourceSpan> Everywhere(string text, string phrase, string kind, RegexOptions options)
    {
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words) + @"(?![\p{L}\p{N}])";
        var found = new List<SourceSpan>();
        try
        {
            foreach (Match match in new Regex(pattern, options | RegexOptions.CultureInvariant, MatchTimeout).Matches(text))
                found.Add(new SourceSpan(match.Index, match.Index + match.Length, kind));
        }
        catch (RegexMatchTimeoutException)
        {
            // The finding is still listed under its line; only the in-text mark is missing.
        }
        return found;
    }

    // The first "quoted" text of a finding's message: the word or sentence the check names.
    private static string? Quoted(string message)
    {
        var open = message.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('"', open + 1);
        return close > open + 1 ? message[(open + 1)..close] : null;
    }
}
