using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Readers;

public class PlainTextReaderTests
{
    private static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string path = "article.txt") =>
        ReaderHarness.Read(new PlainTextReader(), path, text);

    // The dump without the provenance hash, which differs whenever the bytes do.
    private static string Dump(string text) =>
        string.Join('\n', NativeDump.Write(Read(text).Document).Split('\n').Where(l => !l.StartsWith("  sha256:", StringComparison.Ordinal)));

    [Fact]
    public void First_line_is_the_title()
    {
        var (document, diagnostics) = Read("Living With Acne\n\nAcne is common in teenagers and adults.\n");
        Assert.Equal("Living With Acne", document.Metadata.Title);
        Assert.Empty(diagnostics);
        Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
    }

    [Fact]
    public void First_line_that_is_a_long_sentence_is_body_and_title_comes_from_file_name_with_warning()
    {
        var (document, diagnostics) = Read(
            "Acne is a common skin condition that affects millions of people around the world.\n\nMore text follows here.\n",
            "articles/botox-and-oily-skin.txt");

        Assert.Equal("Botox And Oily Skin", document.Metadata.Title);
        Assert.Equal(2, document.Blocks.Length);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(TitleFallback.Rule, warning.Rule);
        Assert.StartsWith("articles/botox-and-oily-skin.txt:1: warning: the first line reads as body text", warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_still_gets_a_title_with_warning()
    {
        var (document, diagnostics) = Read(" \n\u00A0\n", "empty-notes.txt");
        Assert.Equal("Empty Notes", document.Metadata.Title);
        Assert.Empty(document.Blocks);
        Assert.Equal(TitleFallback.Rule, Assert.Single(diagnostics).Rule);
    }

    [Theory]
    [InlineData("Side Effects")]
    [InlineData("Is It Safe?")]
    [InlineData("What to expect after treatment")]
    public void Short_line_without_period_followed_by_body_is_a_heading(string line)
    {
        var document = Read($"Title\n\n{line}\n\nBody text that explains the section.\n").Document;
        var heading = Assert.IsType<Heading>(document.Blocks[0]);
        Assert.Equal(1, heading.Level);
        Assert.Equal(line, ModelWalker.PlainText(heading.Inlines));
        Assert.IsType<Paragraph>(document.Blocks[1]);
    }

    [Theory]
    [InlineData("Call your doctor.")]
    [InlineData("Side effects include:")]
    [InlineData("lower case start")]
    [InlineData("This line has far too many words to be a heading of any kind in a handout at all")]
    public void Line_that_is_not_heading_shaped_stays_a_paragraph(string line)
    {
        var document = Read($"Title\n\n{line}\n\nBody text that explains the section.\n").Document;
        Assert.All(document.Blocks, block => Assert.IsType<Paragraph>(block));
    }

    [Fact]
    public void Short_line_not_followed_by_body_text_is_a_paragraph()
    {
        var document = Read("Title\n\nBody text first.\n\nDr Jane Smith\n").Document;
        Assert.All(document.Blocks, block => Assert.IsType<Paragraph>(block));

        var twoShortLines = Read("Title\n\nTreatment\n\nBotox\n\nBody text about Botox.\n").Document;
        Assert.Equal(["Botox"], ReaderHarness.HeadingTexts(twoShortLines, 1));
        Assert.Equal("Treatment", ModelWalker.PlainText(Assert.IsType<Paragraph>(twoShortLines.Blocks[0]).Inlines));
    }

    [Fact]
    public void Duplicate_headings_get_unique_ids()
    {
        var document = Read("Title\n\nRisks\n\nSome.\n\nRisks\n\nMore.\n").Document;
        Assert.Equal(["risks", "risks-1"], document.Blocks.OfType<Heading>().Select(h => h.Id));
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_one_paragraph()
    {
        var document = Read("Title\n\nAcne is a common skin condition that affects\nmillions of people. It can be a well-\nknown worry and a treat\u00ADment\nhelps.\n").Document;
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal("Acne is a common skin condition that affects millions of people. It can be a well-known worry and a treatment helps.",
            ModelWalker.PlainText(paragraph.Inlines));
    }

    [Fact]
    public void Long_lines_without_blank_lines_are_separate_paragraphs_and_headings()
    {
        var body = new string('x', 30) + " " + string.Join(' ', Enumerable.Repeat("words in a long web paragraph", 6)) + ".";
        var document = Read($"Title\nIntroduction\n{body}\nNext Part\n{body}\n").Document;
        Assert.Equal(["Introduction", "Next Part"], ReaderHarness.HeadingTexts(document, 1));
        Assert.Equal(4, document.Blocks.Length);
    }

    [Fact]
    public void Wrapped_text_splits_at_a_short_line_ending_a_sentence_and_at_an_inline_heading()
    {
        var fixture = ReaderHarness.ReadRepoFile(new PlainTextReader(), "tests/AcneBotox.Tests/Readers/Fixtures/hard-wrapped-pdf.txt");
        var document = fixture.Document;
        Assert.Equal("Acne and Botox: A Guide for Patients", document.Metadata.Title);
        Assert.Equal(["Introduction", "What to Expect"], ReaderHarness.HeadingTexts(document, 1));
        var paragraphs = document.Blocks.OfType<Paragraph>().Select(p => ModelWalker.PlainText(p.Inlines)).ToArray();
        Assert.Equal(3, paragraphs.Length);
        Assert.StartsWith("Botox is a well-known cosmetic treatment", paragraphs[1], StringComparison.Ordinal);
        Assert.Equal(["dropped page number \"Page 1 of 2\"", "dropped page-continuation note \"Continued from previous page\""],
            fixture.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Question_and_answer_lines_become_question_headings_and_answer_paragraphs()
    {
        var document = ReaderHarness.ReadRepoFile(new PlainTextReader(), "tests/AcneBotox.Tests/Readers/Fixtures/qa-page.txt").Document;
        Assert.Equal("Botox for Acne: Your Questions Answered", document.Metadata.Title);
        Assert.Equal(["What is Botox?", "Can Botox help my acne?", "Does it hurt?"], ReaderHarness.HeadingTexts(document, 1));
        var firstAnswer = Assert.IsType<Paragraph>(document.Blocks[1]);
        Assert.Equal("Botox is a medicine made from a toxin. Doctors inject tiny amounts of it into the skin.",
            ModelWalker.PlainText(firstAnswer.Inlines));
    }

    [Fact]
    public void Questions_under_an_ordinary_heading_are_level_two()
    {
        var document = Read("Title\n\nCommon Questions\n\nQ. Is it safe?\nA. Mostly, yes.\n").Document;
        Assert.Equal(["Common Questions"], ReaderHarness.HeadingTexts(document, 1));
        Assert.Equal(["Is it safe?"], ReaderHarness.HeadingTexts(document, 2));
    }

    [Fact]
    public void Lines_of_only_spaces_or_non_breaking_spaces_are_blank()
    {
        var document = Read("Title\n\nFirst paragraph here.\n \u00A0\t\u00A0\nSecond paragraph here.\n").Document;
        Assert.Equal(2, document.Blocks.Length);
        Assert.All(document.Blocks, block => Assert.IsType<Paragraph>(block));
    }

    [Fact]
    public void Non_breaking_spaces_inside_text_become_plain_word_separators()
    {
        var paragraph = Assert.IsType<Paragraph>(Read("Title\n\nTake\u00A0 10\u00A0mg daily.\n").Document.Blocks[0]);
        Assert.Equal("Take 10 mg daily.", ModelWalker.PlainText(paragraph.Inlines));
    }

    [Theory]
    [InlineData("Skip to Main Content", "skip link")]
    [InlineData("skip to main content", "skip link")]
    [InlineData("Advertisement", "advertisement label")]
    [InlineData("- ADVERTISEMENT -", "advertisement label")]
    [InlineData("Continued from previous page", "page-continuation note")]
    [InlineData("(Continued on next page)", "page-continuation note")]
    [InlineData("Page 2 of 5", "page number")]
    [InlineData("Photo: Jane Doe", "image credit")]
    [InlineData("Image credit: Getty Images", "image credit")]
    [InlineData("© 2023 Example Clinic", "image credit")]
    [InlineData("janedoephotography", "image credit")]
    public void Debris_line_is_dropped_with_a_warning_naming_line_and_text(string line, string kind)
    {
        var (document, diagnostics) = Read($"Title\n\nFirst paragraph.\n\n{line}\n\nSecond paragraph.\n", "page.txt");
        Assert.Equal(2, document.Blocks.Length);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(PlainTextReader.DebrisRule, warning.Rule);
        Assert.Equal($"page.txt:5: warning: dropped {kind} \"{line}\"", warning.ToString());
    }

    [Theory]
    [InlineData("Photos of acne scars")]
    [InlineData("Advertisement rules for clinics")]
    [InlineData("Continued care")]
    public void Article_lines_that_merely_resemble_debris_are_kept(string line)
    {
        var (document, diagnostics) = Read($"Title\n\n{line}\n\nBody text follows here.\n");
        Assert.Empty(diagnostics);
        Assert.Equal(line, ModelWalker.PlainText(ModelWalker.InlineRuns(document.Blocks[0]).Single()));
    }

    [Fact]
    public void Page_starting_with_skip_link_gets_its_real_title_and_drops_every_debris_line()
    {
        var (document, diagnostics) = ReaderHarness.ReadRepoFile(new PlainTextReader(), "tests/AcneBotox.Tests/Readers/Fixtures/skip-link-page.txt");
        Assert.Equal("Understanding Acne Treatments", document.Metadata.Title);
        Assert.Equal(["Why Treat Acne?", "Your Options"], ReaderHarness.HeadingTexts(document, 1));
        Assert.Equal([1, 3, 7, 15], diagnostics.Select(d => d.Line ?? 0));
        Assert.All(diagnostics, d => Assert.Equal(PlainTextReader.DebrisRule, d.Rule));
    }

    [Fact]
    public void Bulleted_and_numbered_lines_become_lists()
    {
        var document = Read("Title\n\nBefore You Go\n\n- Wash your face\n- Skip make-up\nthat morning\n\n- Bring your notes\n\n1. Arrive early\n2. Relax\n").Document;
        var bullets = Assert.IsType<BulletList>(document.Blocks[1]);
        Assert.Equal(3, bullets.Items.Length);
        Assert.Equal("Skip make-up that morning", ModelWalker.PlainText(((Paragraph)bullets.Items[1][0]).Inlines));
        var numbers = Assert.IsType<OrderedList>(document.Blocks[2]);
        Assert.Equal(1, numbers.Start);
        Assert.Equal(2, numbers.Items.Length);
    }

    [Fact]
    public void Fixture_dumps_match_goldens()
    {
        foreach (var name in new[] { "qa-page", "hard-wrapped-pdf", "skip-link-page" })
        {
            var (document, diagnostics) = ReaderHarness.ReadRepoFile(new PlainTextReader(), $"tests/AcneBotox.Tests/Readers/Fixtures/{name}.txt");
            Golden.AssertMatches($"Readers/Golden/{name}.native", ReaderHarness.DumpWithDiagnostics(document, diagnostics));
        }
    }

    [Fact]
    public void Bare_urls_become_links_without_trailing_punctuation()
    {
        var paragraph = Assert.IsType<Paragraph>(Read("Title\n\nSee https://example.org/acne-study. Or (http://a.org/x).\n").Document.Blocks[0]);
        Assert.Equal("Para [Text \"See \", Link \"https://example.org/acne-study\" [Text \"https://example.org/acne-study\"], Text \". Or (\", "
            + "Link \"http://a.org/x\" [Text \"http://a.org/x\"], Text \").\"]",
            NativeDump.Write(new Document(new Metadata { Title = "t", Provenance = new("p", "s") }, [paragraph])).Split('\n')[4]);
    }

    [Fact]
    public void Blocks_carry_their_source_line()
    {
        var document = Read("Title\n\nIntro\n\nBody text here.\n").Document;
        Assert.Equal([3, 5], document.Blocks.Select(b => b.SourceLine ?? 0));
    }

    [Fact]
    public void Same_text_in_every_line_ending_style_reads_the_same()
    {
        const string text = "Title\n\nIntro\n\nBody text here.\nWrapped on.\n";
        var expected = Dump(text);
        Assert.Equal(expected, Dump(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.Equal(expected, Dump(text.Replace('\n', '\r')));
    }
}
