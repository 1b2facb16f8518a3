using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Settings;
using AcneBotox.Tests.Readers;
using static AcneBotox.Tests.Checks.CheckDocuments;

namespace AcneBotox.Tests.Checks;

/// <summary>Regression texts: pinned counts and scores, so a change to the tokenizer or counter shows up as a diff.</summary>
public sealed class ReadabilityRegressionTests
{
    private static readonly HandoutSettings Settings = new();

    private static ReadabilityScores Score(params Core.Model.Block[] blocks) => ReadabilityAnalyzer.Analyze(Doc(blocks), Settings).Document;

    [Fact]
    public void The_cat_sat_on_the_mat_is_grade_3_or_lower()
    {
        var scores = Score(Para("The cat sat on the mat. It was a fat cat."));
        Assert.Equal((11, 2, 11, 0), (scores.Words, scores.Sentences, scores.Syllables, scores.Polysyllables));
        Assert.True(scores.FleschKincaidGrade <= 3, $"grade {scores.FleschKincaidGrade}");
        // GNU style gives the same: Kincaid -1.6, Flesch 116.7.
        Assert.Equal(-1.6, Math.Round(scores.FleschKincaidGrade!.Value, 1));
        Assert.Equal(116.7, Math.Round(scores.FleschReadingEase!.Value, 1));
        Assert.Equal(3.1, Math.Round(scores.Smog!.Value, 1));
    }

    [Fact]
    public void A_harder_text_scores_higher()
    {
        var easy = Score(Para("Wash your face twice a day. Use a mild soap. Pat it dry."));
        var hard = Score(Para("Dermatological intervention utilizing botulinum neurotoxin demonstrates considerable variability in therapeutic efficacy across heterogeneous populations."));
        Assert.True(hard.FleschKincaidGrade > easy.FleschKincaidGrade + 10, $"{hard.FleschKincaidGrade} vs {easy.FleschKincaidGrade}");
        Assert.True(hard.FleschReadingEase < easy.FleschReadingEase);
    }

    [Fact]
    public void Headings_and_the_title_are_not_scored()
    {
        var scores = Score(H(1, "A Very Complicated Dermatological Heading"), Para("The cat sat on the mat."));
        Assert.Equal(6, scores.Words);
        Assert.Equal(1, scores.Sentences);
    }

    [Fact]
    public void List_items_end_sentences()
    {
        var scores = Score(Bullets("Wash your face", "Use a mild soap", "Pat it dry"));
        Assert.Equal(3, scores.Sentences);
        Assert.Equal(10, scores.Words);
    }

    [Fact]
    public void Urls_emails_phone_numbers_and_the_disclaimer_are_not_scored()
    {
        var settings = new HandoutSettings { Disclaimer = "This handout is general information only." };
        var document = Doc(
            Para("Call 555-0134 or mail help@clinic.example.org or see https://example.org/acne today."),
            Para("This handout is general information only."),
            Para("Disclaimer: we are not liable for anything at all."));
        var scores = ReadabilityAnalyzer.Analyze(document, settings).Document;
        Assert.Equal(6, scores.Words); // Call or mail or see today
        Assert.Equal(1, scores.Sentences);
    }

    [Fact]
    public void An_empty_body_has_no_scores()
    {
        var scores = Score(H(1, "Only a heading"));
        Assert.Null(scores.FleschKincaidGrade);
        Assert.Equal(0, scores.Words);
    }

    [Fact]
    public void Sections_are_scored_at_the_top_heading_level()
    {
        var analysis = ReadabilityAnalyzer.Analyze(Doc(
            Para("Before any heading."),
            H(2, "First"), Para("One two three."), H(3, "Sub"), Para("Four five."),
            H(2, "Second"), Para("Six.")), Settings);
        Assert.Equal([null, "First", "Second"], analysis.Sections.Select(s => s.Heading));
        Assert.Equal([3, 5, 1], analysis.Sections.Select(s => s.Readability.Words));
    }

    [Fact]
    public void The_seed_article_scores_are_pinned()
    {
        var (document, _) = ReaderHarness.ReadRepoFile(new PlainTextReader(), "content/can-botox-help-acne.txt");
        var analysis = ReadabilityAnalyzer.Analyze(document, Settings);
        var s = analysis.Document;
        Assert.Equal((395, 22, 663, 75), (s.Words, s.Sentences, s.Syllables, s.Polysyllables));
        Assert.Equal(11.2, Math.Round(s.FleschKincaidGrade!.Value, 1));
        Assert.Equal(13.7, Math.Round(s.Smog!.Value, 1));
        Assert.Equal(46.6, Math.Round(s.FleschReadingEase!.Value, 1));
        Assert.Equal(7, analysis.Sections.Length);
        Assert.All(analysis.Sections, section => Assert.NotNull(section.Readability.FleschKincaidGrade));
        Assert.Equal(s.Words, analysis.Sections.Sum(x => x.Readability.Words));
    }
}
