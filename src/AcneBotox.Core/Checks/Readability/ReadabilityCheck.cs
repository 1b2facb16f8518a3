using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// Reports text harder than the language's target (English: a Flesch-Kincaid grade above
/// <c>readability.targetGrade</c>; Spanish: a Szigriszt-Pazos score under <c>readability.es.minimumInflesz</c> on the
/// INFLESZ scale), long sentences, long paragraphs and, in English, a high share of passive sentences. A language
/// without a formula gets the length checks only. Never changes the text: medical wording is the author's call.
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
        return Findings(ReadabilityAnalyzer.Analyze(document, settings), document.Metadata.Provenance.SourcePath, settings);
    }

    /// <summary>The findings for an analysis already made (the check command reuses its scores).</summary>
    public static IEnumerable<Diagnostic> Findings(ReadabilityAnalysis analysis, string path, HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(settings);
        var targetGrade = settings.TargetGrade;
        var scores = analysis.Document;
        if (scores.SzigrisztPazos is { } perspicuity && Math.Round(perspicuity, 1) < settings.MinimumInflesz)
        {
            var hardest = analysis.Sections
                .Where(s => s.Readability.SzigrisztPazos is not null && s.Heading is not null)
                .OrderBy(s => s.Readability.SzigrisztPazos)
                .FirstOrDefault();
            var where = hardest is null ? "" : $"; hardest section \"{hardest.Heading}\" at {InfleszScale.Describe(hardest.Readability.SzigrisztPazos!.Value)}";
            yield return new Diagnostic(Severity.Warning, "readability.inflesz",
                $"INFLESZ score {InfleszScale.Describe(perspicuity)} (Szigriszt-Pazos; Fernández-Huerta {F(scores.FernandezHuerta ?? 0)}) is under the target of {F(settings.MinimumInflesz)}{where}",
                path, null, "use shorter sentences and everyday words; patient materials should score 55 or more (\"normal\")");
        }
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

        // The passive share is English grammar: other languages have no count (PassiveSentences stays 0).
        if (analysis.Profile.RunsEnglishOnlyChecks && scores.Sentences >= 4 && (double)scores.PassiveSentences / scores.Sentences > MaxPassiveShare)
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
