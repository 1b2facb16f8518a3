using System.Text;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Settings;

namespace AcneBotox.Conformance.Tests.Checks;

/// <summary>
/// Our readability scores judged against GNU style on the exact body text we score. Sentence splitting
/// and the formulas must agree with style; the remaining gap is style's syllable rule, which undercounts
/// (it never counts a word-final vowel or a capital vowel: "acne", "people", "usually" lose a syllable),
/// so on polysyllabic text our grade is higher than style's by design. See README "Readability".
/// </summary>
public sealed class GnuStyleReadabilityTests(ITestOutputHelper output)
{
    private static readonly HandoutSettings Settings = new();

    private static ReadabilityAnalysis Seed()
    {
        var path = Path.Combine(RealClient.RepositoryRoot, "content", "can-botox-help-acne.txt");
        var document = new PlainTextReader().Read(new SourceFile("content/can-botox-help-acne.txt", File.ReadAllBytes(path)), new DiagnosticBag());
        return ReadabilityAnalyzer.Analyze(document, Settings);
    }

    private static ReadabilityAnalysis Plain(string text) =>
        ReadabilityAnalyzer.Analyze(new Document(
            new Metadata { Title = "t", Provenance = new Provenance("t.txt", new string('0', 64)) },
            [.. text.Split("\n\n").Select(p => (Block)new Paragraph([new Core.Model.Text(p)]))]), Settings);

    /// <summary>The body text exactly as scored: one paragraph per unit, a full stop added where a list item had none.</summary>
    private static string BodyText(ReadabilityAnalysis analysis)
    {
        var text = new StringBuilder();
        foreach (var unit in analysis.Units)
        {
            var trimmed = unit.Text.Trim();
            text.Append(trimmed);
            if (trimmed.Length > 0 && trimmed[^1] is not ('.' or '!' or '?')) text.Append('.');
            text.Append("\n\n");
        }
        return text.ToString();
    }

    [Fact]
    public void Sentence_count_on_the_seed_agrees_with_style()
    {
        var analysis = Seed();
        var style = GnuStyle.Run(BodyText(analysis));
        Assert.Equal(style.Sentences, analysis.Document.Sentences);
    }

    [Fact]
    public void With_styles_syllable_rule_our_pipeline_reproduces_styles_scores()
    {
        var analysis = Seed();
        var style = GnuStyle.Run(BodyText(analysis));
        var words = analysis.Sentences.SelectMany(s => GnuStyle.Words(s.Text)).ToList();
        var syllables = words.Select(w => char.IsAsciiDigit(w[0]) ? 1 : GnuStyle.Syllables(w)).ToList();
        var sentences = analysis.Document.Sentences;
        var kincaid = 0.39 * words.Count / sentences + 11.8 * syllables.Sum() / words.Count - 15.59;
        var smog = 3 + Math.Sqrt(30.0 * syllables.Count(n => n >= 3) / sentences); // style's SMOG: McLaughlin's 1969 form
        output.WriteLine($"style: Kincaid {style.Kincaid}, SMOG {style.Smog}, {style.Words} words; replayed: {kincaid:0.00}, {smog:0.00}, {words.Count} words");
        Assert.Equal(style.Words, words.Count);
        Assert.InRange(kincaid, style.Kincaid - 0.1, style.Kincaid + 0.1);
        Assert.InRange(smog, style.Smog - 0.1, style.Smog + 0.1);
    }

    [Fact]
    public void On_the_seed_our_grades_differ_from_style_only_by_its_syllable_undercount()
    {
        var analysis = Seed();
        var ours = analysis.Document;
        var style = GnuStyle.Run(BodyText(analysis));
        var fkGap = ours.FleschKincaidGrade!.Value - style.Kincaid;
        var smogGap = ours.Smog!.Value - style.Smog;
        output.WriteLine($"ours: FK {ours.FleschKincaidGrade:0.0}, SMOG {ours.Smog:0.0}, {ours.Syllables} syllables / {ours.Words} words; " +
                         $"style: Kincaid {style.Kincaid}, SMOG {style.Smog}; gap FK {fkGap:+0.0;-0.0}, SMOG {smogGap:+0.0;-0.0}");
        // Ours is higher, never lower: style drops syllables, it never adds them.
        Assert.True(fkGap > 0 && smogGap > 0, $"expected our grades above style's, got gaps {fkGap:0.00} / {smogGap:0.00}");
        // 1.6 grades on the seed today (style: 1.53 syllables/word; ours 1.68, within a few syllables of the dictionary).
        // A gap above 2 would mean our counter drifted, not style.
        Assert.True(fkGap < 2.0 && smogGap < 2.0, $"gap FK {fkGap:0.00}, SMOG {smogGap:0.00} is more than style's undercount explains");
    }

    [Theory]
    [InlineData("The cat sat on the mat. It was a fat cat.")]
    [InlineData("Wash your face twice a day with warm water. Use a mild soap. Pat your skin dry with a clean towel.\n\nDo not pick or squeeze spots. This can leave scars. If your acne does not get better after eight weeks, talk to your doctor.")]
    [InlineData("Botox is a medicine. A doctor puts it into the skin with a thin needle. It stops some muscles from moving for a few months.\n\nSome people get a headache or a bruise. Tell your doctor if your eyelid droops or you find it hard to swallow.")]
    public void On_plain_text_we_are_within_one_grade_of_style(string text)
    {
        var analysis = Plain(text);
        var style = GnuStyle.Run(BodyText(analysis));
        var ours = analysis.Document;
        output.WriteLine($"ours FK {ours.FleschKincaidGrade:0.0} SMOG {ours.Smog:0.0}; style Kincaid {style.Kincaid} SMOG {style.Smog}");
        Assert.Equal(style.Sentences, ours.Sentences);
        Assert.InRange(ours.FleschKincaidGrade!.Value, style.Kincaid - 1.0, style.Kincaid + 1.0);
        Assert.InRange(ours.Smog!.Value, style.Smog - 1.0, style.Smog + 1.0);
    }
}
