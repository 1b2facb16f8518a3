using System.Collections.Immutable;
using AcneBotox.Core.Checks.Text;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// Measures a document's body text: sentences, words, syllables and the scores, per document and per section, with
/// the formulas and syllable rules of the document's language (<see cref="CheckProfile"/>).
/// </summary>
public static class ReadabilityAnalyzer
{
    /// <summary>Analyses <paramref name="document"/>; the disclaimer in <paramref name="settings"/> is left out.</summary>
    public static ReadabilityAnalysis Analyze(Document document, HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Several checks and the batch index ask for the same document's scores: analyse it once.
        if (Recent.TryGetValue(document, out var memo) && memo.Settings.Equals(settings)) return memo.Analysis;
        var analysis = AnalyzeUncached(document, settings);
        Recent.AddOrUpdate(document, new Memo(settings, analysis));
        return analysis;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Memo> Recent = new();

    private sealed record Memo(HandoutSettings Settings, ReadabilityAnalysis Analysis);

    private static ReadabilityAnalysis AnalyzeUncached(Document document, HandoutSettings settings)
    {
        var (sections, units) = BodyTextExtractor.Extract(document, settings);
        var sentences = ImmutableArray.CreateBuilder<ScoredSentence>();
        for (var u = 0; u < units.Length; u++)
        {
            var unit = units[u];
            foreach (var text in SentenceSplitter.Split(unit.Text))
            {
                var words = WordTokenizer.Words(text);
                if (words.Length > 0) sentences.Add(new ScoredSentence(text, words, unit.Line, unit.Section, u));
            }
        }
        var all = sentences.ToImmutable();
        var profile = CheckProfile.For(document, settings);
        // One pass to group, not one scan of every sentence per section: 10,000 headings stay linear.
        var bySection = all.ToLookup(x => x.Section);
        var perSection = sections
            .Select((s, i) => new SectionReadability(s.Heading, s.Line, ReadabilityScores.From(bySection[i], profile)))
            .ToImmutableArray();
        return new ReadabilityAnalysis(ReadabilityScores.From(all, profile), perSection, units, all, profile);
    }
}
