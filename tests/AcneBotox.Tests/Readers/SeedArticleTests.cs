using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Readers;

public class SeedArticleTests
{
    private const string SeedPath = "content/can-botox-help-acne.txt";

    [Fact]
    public void Seed_reads_as_title_then_seven_sections_each_with_body()
    {
        var (document, _) = ReaderHarness.ReadRepoFile(new PlainTextReader(), SeedPath);

        Assert.Equal("Can Botox Help Acne In 2023?", document.Metadata.Title);
        Assert.Equal(
            ["Introduction", "What is Botox?", "How Does Botox Work?", "Can Botox Help Acne?",
             "How Is Botox Used for Acne?", "What Are the Risks of Using Botox for Acne?", "Conclusion"],
            ReaderHarness.HeadingTexts(document, 1));
        Assert.Equal(14, document.Blocks.Length);
        for (var i = 0; i < document.Blocks.Length; i += 2)
        {
            Assert.IsType<Heading>(document.Blocks[i]);
            Assert.IsType<Paragraph>(document.Blocks[i + 1]);
        }
    }

    [Fact]
    public void Seed_credit_line_is_dropped_with_a_located_warning()
    {
        var (document, diagnostics) = ReaderHarness.ReadRepoFile(new PlainTextReader(), SeedPath);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(PlainTextReader.DebrisRule, warning.Rule);
        Assert.Equal($"{SeedPath}:3: warning: dropped image credit \"lphotographyndesigns Can Botox Help Acne\"", warning.ToString());
        Assert.DoesNotContain(ModelWalker.Descendants(document).SelectMany(ModelWalker.InlineRuns),
            run => ModelWalker.PlainText(run).Contains("lphotographyndesigns", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_model_matches_golden_dump()
    {
        var (document, diagnostics) = ReaderHarness.ReadRepoFile(new PlainTextReader(), SeedPath);
        Golden.AssertMatches("Readers/Golden/can-botox-help-acne.native", ReaderHarness.DumpWithDiagnostics(document, diagnostics));
    }
}
