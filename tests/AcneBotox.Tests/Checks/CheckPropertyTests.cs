using AcneBotox.Core.Checks;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Checks.Text;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using CsCheck;
using static AcneBotox.Tests.Checks.CheckDocuments;

namespace AcneBotox.Tests.Checks;

/// <summary>Whatever text a document holds, the checks report on it and never throw.</summary>
public sealed class CheckPropertyTests
{
    private static readonly Gen<string> Prose =
        Gen.OneOf(Gen.String, Gen.String[Gen.Char["aeiouy bcdfgh.,!?'’-–()0123456789ABC\n"], 0, 200]);

    [Fact]
    public void Every_check_accepts_any_text()
    {
        Prose.Sample(text =>
        {
            var document = Doc(H(1, text), Para(text), Bullets(text, text), new Image(text, null, [new Text(text)]));
            foreach (var check in StandardChecks.All())
                Assert.All(check.Run(document, new HandoutSettings()), d => Assert.False(string.IsNullOrEmpty(d.Rule)));
        }, iter: 300);
    }

    [Fact]
    public void Counts_add_up_for_any_text()
    {
        Prose.Sample(text =>
        {
            var analysis = ReadabilityAnalyzer.Analyze(Doc(Para(text)), new HandoutSettings());
            var scores = analysis.Document;
            Assert.Equal(analysis.Sentences.Sum(s => s.Words.Length), scores.Words);
            Assert.True(scores.Syllables >= scores.Words);
            Assert.True(scores.Polysyllables <= scores.Words);
            Assert.Equal(scores.Words == 0, scores.FleschKincaidGrade is null);
            Assert.All(WordTokenizer.Words(text), w => Assert.True(SyllableCounter.Count(w) >= 1));
        }, iter: 300);
    }
}
