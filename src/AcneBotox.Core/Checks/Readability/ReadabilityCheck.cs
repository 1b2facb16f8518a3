using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// Reports reading grade above target, long sentences, long paragraphs and a high share of passive
/// sentences. Never changes the text: medical wording is the author's call.
/// </summary>
public sealed class ReadabilityCheck : IDocumentCheck
{
    /// <summary>Sentences longer than this many words are reported.</summary>
    public const int MaxSentenceWords = 20;

    /// <summary>Paragraphs with more sentences than this are reported.</summary>
    public const int MaxParagraphSentences = 5;

    /// <summary>A passive share above this (0-1) is reported.</summary>
    public const double MaxPassiveShare = 0.25;

    /// <inheritdoc />
    public string Name => "readability";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Run(Document document, HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        return Findings(ReadabilityAnalyzer.Analyze(document, settings), document.Metadata.Provenance.SourcePath, settings.TargetGrade);
    }

    /// <summary>The findings for an analysis already made (the check command reuses its scores).</summary>
    public static IEnumerable<Diagnostic> Findings(ReadabilityAnalysis analysis, string path, double targetGrade)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var scores = analysis.Document;
        if (scores.FleschKincaidGrade is { } grade && Math.Round(grade, 1) > targetGrade)
        {
            var hardest = analysis.Sections
                .Where(s => s.Readability.FleschKincaidGrade is not null && s.Heading is not null)
                .OrderByDescending(s => s.Readability.FleschKincaidGrade)
                .FirstOrDefault();
            var where = hardest is null ? "" : $"; hardest section \"{hardest.Heading}\" at grade {F(hardest.Readability.FleschKincaidGrade!.Value)}";
            yield return new Diagnostic(Severity.Warning, "readability.grade",
                $"reading grade {F(grade)} (Flesch-Kincaid; SMOG {F(scores.Smog ?? 0)}) is above the target of {F(targetGrade)}{where}",
                path, null, "use shorter sentences and everyday words; patient materials should read at grade 6-8");
        }

        var longest = analysis.Sentences.Select(s => s.Words.Length).DefaultIfEmpty(0).Max();
        foreach (var sentence in analysis.Sentences.Where(s => s.Words.Length > MaxSentenceWords))
        {
            var mark = sentence.Words.Length == longest ? " (the longest)" : "";
            yield return new Diagnostic(Severity.Warning, "readability.long-sentence",
                $"sentence of {sentence.Words.Length} words{mark}: \"{Excerpt(sentence.Text)}\"",
                path, sentence.Line, $"split it; aim for {MaxSentenceWords} words or fewer");
        }

        foreach (var unit in analysis.Sentences.GroupBy(s => s.Unit))
        {
            var count = unit.Count();
            if (count <= MaxParagraphSentences || !analysis.Units[unit.Key].IsParagraph) continue;
            yield return new Diagnostic(Severity.Warning, "readability.long-paragraph",
                $"paragraph of {count} sentences", path, analysis.Units[unit.Key].Line,
                $"break it up; keep paragraphs to {MaxParagraphSentences} sentences or fewer, or use a list");
        }

        if (scores.Sentences >= 4 && (double)scores.PassiveSentences / scores.Sentences > MaxPassiveShare)
        {
            yield return new Diagnostic(Severity.Warning, "readability.passive",
                $"{scores.PassiveSentences} of {scores.Sentences} sentences ({100.0 * scores.PassiveSentences / scores.Sentences:0}%) look passive",
                path, null, "say who does what: \"the doctor injects\" rather than \"it is injected\"");
        }
    }

    private static string Excerpt(string sentence)
    {
        var words = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 12 ? string.Join(' ', words) : string.Join(' ', words.Take(12)) + " …";
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
