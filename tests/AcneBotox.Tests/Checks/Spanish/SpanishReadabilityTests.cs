using AcneBotox.Core.Checks;
using AcneBotox.Core.Checks.PlainLanguage;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using static AcneBotox.Tests.Checks.CheckDocuments;

namespace AcneBotox.Tests.Checks.Spanish;

public sealed class SpanishReadabilityTests
{
    private static readonly HandoutSettings Settings = new();

    private static Document Spanish(string text, string language = "es") =>
        Doc(Meta() with { Language = language }, [.. text.Split("\n\n").Select(p => (Block)Para(p.Replace('\n', ' ')))]);

    private static ReadabilityScores Score(string text, string language = "es") =>
        ReadabilityAnalyzer.Analyze(Spanish(text, language), Settings).Document;

    public static TheoryData<string> Passages => [SpanishPassages.Quijote.Name, SpanishPassages.CienAnos.Name, SpanishPassages.Constitucion.Name];

    private static SpanishPassages.Passage Find(string name) =>
        new[] { SpanishPassages.Quijote, SpanishPassages.CienAnos, SpanishPassages.Constitucion }.Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(Passages))]
    public void Published_passages_score_within_two_points_of_their_reference_values(string name)
    {
        var passage = Find(name);
        var scores = Score(passage.Text);
        // The counts are the hand counts exactly; the scores then follow.
        Assert.Equal((passage.Words, passage.Sentences, passage.Syllables), (scores.Words, scores.Sentences, scores.Syllables));
        Assert.InRange(scores.FernandezHuerta!.Value, passage.FernandezHuerta - 2, passage.FernandezHuerta + 2);
        Assert.InRange(scores.SzigrisztPazos!.Value, passage.SzigrisztPazos - 2, passage.SzigrisztPazos + 2);
        Assert.Equal(InfleszScale.Band(passage.SzigrisztPazos), scores.InfleszBand);
    }

    [Fact]
    public void Given_textstats_counts_the_formulas_give_textstats_published_values()
    {
        // textstat scores its LONG_SPANISH_TEXT at Fernández-Huerta 65.967 and Szigriszt-Pazos 62.162. We count the
        // same 162 words in 6 sentences; textstat's syllables come from hyphenation (pyphen), which never splits off a
        // one-letter syllable at a word's edge ("a-ños" stays one), so it finds 306 where the RAE's rules give 329.
        var ours = Score(SpanishPassages.TextstatLongSpanishText);
        Assert.Equal((162, 6), (ours.Words, ours.Sentences));
        Assert.Equal(65.967, SpanishFormulas.FernandezHuerta(162, 6, 306), 0.01);
        Assert.Equal(62.162, SpanishFormulas.SzigrisztPazos(162, 6, 306), 0.01);
        Assert.Equal(329, ours.Syllables);
    }

    [Theory]
    [InlineData(39.9, "muy difícil")]
    [InlineData(40, "algo difícil")]
    [InlineData(54.9, "algo difícil")]
    [InlineData(55, "normal")]
    [InlineData(65, "bastante fácil")]
    [InlineData(79.9, "bastante fácil")]
    [InlineData(80, "muy fácil")]
    public void Inflesz_bands_follow_Barrio_Cantalejo(double score, string band) =>
        Assert.Equal(band, InfleszScale.Band(score));

    [Fact]
    public void A_spanish_document_gets_the_spanish_formulas_and_no_english_ones()
    {
        var scores = Score(SpanishPassages.Quijote.Text);
        Assert.Null(scores.FleschKincaidGrade);
        Assert.Null(scores.Smog);
        Assert.Null(scores.FleschReadingEase);
        Assert.Null(scores.ColemanLiau);
        Assert.NotNull(scores.FernandezHuerta);

        var english = Score("The cat sat on the mat. It was a fat cat.", "en");
        Assert.NotNull(english.FleschKincaidGrade);
        Assert.Null(english.FernandezHuerta);
        Assert.Null(english.SzigrisztPazos);
    }

    [Fact]
    public void Hard_spanish_text_gets_the_inflesz_warning_against_the_settings_target()
    {
        var document = Spanish(SpanishPassages.Constitucion.Text);
        var findings = new ReadabilityCheck().Run(document, Settings).ToList();
        var warning = Assert.Single(findings, f => f.Rule == "readability.inflesz");
        Assert.Contains("43.5 (algo difícil, somewhat hard)", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Rule == "readability.grade");
        Assert.DoesNotContain(new ReadabilityCheck().Run(document, Settings with { MinimumInflesz = 40 }), f => f.Rule == "readability.inflesz");
    }

    [Fact]
    public void English_only_checks_do_not_run_on_other_languages()
    {
        // English passive sentences and no "you": flagged when declared English, not when declared Spanish or German.
        const string text = "The toxin is injected. The skin was cleaned. The area is numbed. The patients are monitored. "
            + "The patients were told to rest for one day after the visit and to keep the head upright for four hours.";
        var asEnglish = Run(text, "en");
        Assert.Contains(asEnglish, f => f.Rule == "readability.passive");
        Assert.Contains(asEnglish, f => f.Rule == "plain.you");
        foreach (var language in new[] { "es", "de" })
        {
            var findings = Run(text, language);
            Assert.DoesNotContain(findings, f => f.Rule is "readability.passive" or "plain.you" or "readability.grade");
            Assert.Contains(findings, f => f.Rule == "readability.long-sentence");
        }
    }

    private static List<Diagnostic> Run(string text, string language)
    {
        var document = Spanish(text, language);
        return [.. new ReadabilityCheck().Run(document, Settings), .. new PlainLanguageCheck().Run(document, Settings)];
    }

    [Fact]
    public void A_language_without_a_formula_gets_structural_checks_only_and_says_so()
    {
        var profile = CheckProfile.For("de-AT");
        Assert.Equal(ReadabilityFormulas.None, profile.Formulas);
        var scores = Score("Die Haut braucht Ruhe. Waschen Sie das Gesicht nur mit Wasser.", "de");
        Assert.Equal(2, scores.Sentences);
        Assert.Null(scores.FleschKincaidGrade);
        Assert.Null(scores.FernandezHuerta);
        Assert.StartsWith("no readability formula for 'de': structural checks only", profile.Describe(), StringComparison.Ordinal);
        Assert.Contains("sentence and paragraph length", profile.Ran);
        Assert.Empty(CheckProfile.For("en-GB").NotRun);
        Assert.Contains(CheckProfile.For("es-MX").NotRun, check => check.Contains("English grammar only", StringComparison.Ordinal));
    }

    [Fact]
    public void Spanish_jargon_gets_the_spanish_plainer_word_and_english_jargon_is_not_looked_for()
    {
        var document = Spanish("El facultativo le va a administrar la toxina. Puede notar eritema y edema. El prurito pasa pronto. "
            + "No use medication ni physician.");
        var findings = new PlainLanguageCheck().Run(document, Settings).Where(f => f.Rule == "plain.jargon").ToList();
        Assert.Contains(findings, f => f.Message.Contains("\"administrar\"", StringComparison.Ordinal) && f.Suggestion == "plainer: dar, poner");
        Assert.Contains(findings, f => f.Message.Contains("\"eritema\"", StringComparison.Ordinal) && f.Suggestion == "plainer: enrojecimiento");
        Assert.Contains(findings, f => f.Message.Contains("\"edema\"", StringComparison.Ordinal) && f.Suggestion == "plainer: hinchazón");
        Assert.Contains(findings, f => f.Message.Contains("\"prurito\"", StringComparison.Ordinal) && f.Suggestion == "plainer: picor");
        Assert.DoesNotContain(findings, f => f.Message.Contains("physician", StringComparison.Ordinal));
        Assert.NotEmpty(PlainWordList.Spanish);
    }

    [Fact]
    public void Spanish_purpose_and_summary_wording_is_recognised()
    {
        var plain = Doc(Meta() with { Language = "es" }, H(1, "Resumen"), Para("Este folleto explica qué hacer después del tratamiento."));
        var findings = new Core.Checks.HandoutStructure.StructureCheck().Run(plain, Settings).Select(f => f.Rule).ToList();
        Assert.DoesNotContain("structure.no-summary", findings);
        Assert.DoesNotContain("structure.no-purpose", findings);
        var vague = Doc(Meta() with { Language = "es" }, H(1, "Introducción"), Para("La piel necesita descanso."));
        Assert.Contains(new Core.Checks.HandoutStructure.StructureCheck().Run(vague, Settings), f => f.Rule == "structure.vague-heading");
    }
}
