using System.Collections.Immutable;
using AcneBotox.Core.Checks.HandoutStructure;
using AcneBotox.Core.Checks.PlainLanguage;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Settings;
using AcneBotox.Tests.Readers;
using static AcneBotox.Tests.Checks.CheckDocuments;

namespace AcneBotox.Tests.Checks;

public sealed class CheckFindingsTests
{
    private static readonly HandoutSettings Settings = new();

    private static List<Diagnostic> Run(Core.Checks.IDocumentCheck check, Document document) => [.. check.Run(document, Settings)];

    private static string[] Rules(IEnumerable<Diagnostic> findings) => [.. findings.Select(f => f.Rule).Distinct()];

    [Fact]
    public void The_seed_gets_findings_for_its_grade_and_longest_sentences()
    {
        var (document, _) = ReaderHarness.ReadRepoFile(new PlainTextReader(), "content/can-botox-help-acne.txt");
        var findings = Run(new ReadabilityCheck(), document);
        var grade = Assert.Single(findings, f => f.Rule == "readability.grade");
        Assert.Equal(Severity.Warning, grade.Severity);
        Assert.Contains("reading grade 11.2", grade.Message, StringComparison.Ordinal);
        var longOnes = findings.Where(f => f.Rule == "readability.long-sentence").ToList();
        Assert.Equal(4, longOnes.Count);
        var longest = Assert.Single(longOnes, f => f.Message.Contains("(the longest)", StringComparison.Ordinal));
        Assert.StartsWith("sentence of 29 words", longest.Message, StringComparison.Ordinal);
        Assert.Equal(31, longest.Line);
        Assert.All(findings, f => Assert.Equal("content/can-botox-help-acne.txt", f.Path));
    }

    [Fact]
    public void An_easy_text_gets_no_readability_findings()
    {
        Assert.Empty(Run(new ReadabilityCheck(), Doc(Para("The cat sat on the mat. It was a fat cat."))));
    }

    [Fact]
    public void Reports_long_paragraphs_but_not_long_lists()
    {
        var six = string.Join(' ', Enumerable.Repeat("Wash your face.", 6));
        Assert.Equal(["readability.long-paragraph"], Rules(Run(new ReadabilityCheck(), Doc(Para(six, 4)))));
        Assert.Empty(Run(new ReadabilityCheck(), Doc(Bullets("Wash.", "Rinse.", "Dry.", "Wait.", "Cream.", "Sleep."))));
    }

    [Fact]
    public void Reports_a_high_share_of_passive_sentences()
    {
        var text = "The cream is applied at night. The skin was cleaned first. Results are not always seen. You can ask.";
        var finding = Assert.Single(Run(new ReadabilityCheck(), Doc(Para(text))));
        Assert.Equal("readability.passive", finding.Rule);
        Assert.StartsWith("3 of 4 sentences", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jargon_gets_the_plainer_word_from_the_shipped_list()
    {
        var findings = Run(new PlainLanguageCheck(), Doc(Para("You should utilize the cream as your physician said. Utilized well, it helps you.", 3)));
        var utilize = Assert.Single(findings, f => f.Message.StartsWith("\"utilize\"", StringComparison.Ordinal));
        Assert.Equal(("plain.jargon", 3, "plainer: use"), (utilize.Rule, utilize.Line, utilize.Suggestion));
        Assert.Contains("(2 times)", utilize.Message, StringComparison.Ordinal);
        Assert.Single(findings, f => f.Suggestion == "plainer: doctor");
    }

    [Fact]
    public void The_shipped_list_has_the_pemat_examples_and_the_seed_words()
    {
        var forms = PlainWordList.Default.SelectMany(e => e.Forms).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["utilize", "physician", "inflammation", "neurotoxin"], StringComparer.Ordinal), forms);
    }

    [Fact]
    public void Acronyms_must_be_spelled_out_at_first_use()
    {
        var spelled = Doc(Para("Ultraviolet B (UVB) light harms skin. UVB is strongest at noon. You need shade."));
        Assert.DoesNotContain(Run(new PlainLanguageCheck(), spelled), f => f.Rule == "plain.acronym");
        var bare = Doc(Para("You may get PIH after a spot heals. PIH (post-inflammatory hyperpigmentation) fades.", 7));
        var finding = Assert.Single(Run(new PlainLanguageCheck(), bare), f => f.Rule == "plain.acronym");
        Assert.Equal(7, finding.Line);
        Assert.Contains("\"PIH\"", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Run(new PlainLanguageCheck(), Doc(Para("You can call us in the US at 9 AM. STOP USING IT AT ONCE IF IT BURNS."))),
            f => f.Rule == "plain.acronym");
    }

    [Fact]
    public void A_reader_never_addressed_as_you_is_reported()
    {
        var third = string.Join(' ', Enumerable.Repeat("Patients should wash the face with mild soap each day.", 4));
        Assert.Contains(Run(new PlainLanguageCheck(), Doc(Para(third))), f => f.Rule == "plain.you");
        Assert.DoesNotContain(Run(new PlainLanguageCheck(), Doc(Para(third + " Your skin will thank you."))), f => f.Rule == "plain.you");
    }

    [Fact]
    public void Structure_findings_for_a_bare_document()
    {
        var image = new Image("face.png", null, []) { SourceLine = 9 };
        var findings = Run(new StructureCheck(), Doc(H(1, "Introduction", 2), Para("Acne is common.", 3), H(3, "Deep", 5), image));
        Assert.Equal(
            ["structure.vague-heading", "structure.heading-skip", "structure.no-summary", "structure.no-purpose",
             "structure.no-review-date", "structure.no-sources", "structure.image-alt"],
            Rules(findings));
        Assert.Equal(5, Assert.Single(findings, f => f.Rule == "structure.heading-skip").Line);
        Assert.Equal(9, Assert.Single(findings, f => f.Rule == "structure.image-alt").Line);
    }

    [Fact]
    public void A_well_formed_handout_passes_the_structure_checks()
    {
        var meta = Meta() with
        {
            Reviewed = new DateOnly(2025, 1, 1),
            NextReview = new DateOnly(2999, 1, 1),
            Sources = ["American Academy of Dermatology, Acne guideline, 2024"],
        };
        var keyPoints = new Callout(CalloutKind.KeyPoints, null, [Bullets("Acne is common", "It can be treated")]);
        var document = Doc(meta, keyPoints, H(1, "What causes acne?"), Para("Oil and skin cells block pores."),
            new Image("pore.png", "A blocked pore", []));
        Assert.Empty(Run(new StructureCheck(), document));
    }

    [Fact]
    public void An_overdue_review_is_reported()
    {
        var meta = Meta() with { Reviewed = new DateOnly(1999, 1, 1), NextReview = new DateOnly(2000, 1, 1), Sources = ["x"] };
        var finding = Assert.Single(Run(new StructureCheck(), Doc(meta, Para("This handout explains acne."))),
            f => f.Rule == "structure.review-overdue");
        Assert.Contains("2000-01-01", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_sections_and_missing_headings_are_reported()
    {
        var longText = string.Join(' ', Enumerable.Repeat("This handout explains how you wash your face.", 40));
        Assert.Contains(Run(new StructureCheck(), Doc(Para(longText))), f => f.Rule == "structure.no-headings");
        Assert.Contains(Run(new StructureCheck(), Doc(H(1, "How to wash"), Para(longText))), f => f.Rule == "structure.long-section");
    }

    [Fact]
    public void The_jargon_list_format_is_validated()
    {
        Assert.Throws<FormatException>(() => PlainWordList.Parse("no tab here\n"));
        var parsed = PlainWordList.Parse("# comment\n\nprior to|previous to\tbefore\n");
        var entry = Assert.Single(parsed);
        Assert.Equal(["prior to", "previous to"], entry.Forms);
        Assert.Matches(entry.Pattern, "take it prior  to meals");
        Assert.DoesNotMatch(entry.Pattern, "priority to");
        Assert.Equal(ImmutableArray<string>.Empty.Length, PlainWordList.Parse("").Length);
    }
}
