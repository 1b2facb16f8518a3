using AcneBotox.Conformance.Tests.Html;
using AcneBotox.Conformance.Tests.Parity;

namespace AcneBotox.Conformance.Tests.Print;

/// <summary>
/// Large print is large everywhere: every text run of the Word document (sizes resolved through the style
/// chain) and of the HTML page (sizes as Chromium computes them) is 18 pt or more, and no italic run is longer
/// than five words.
/// </summary>
public sealed class LargePrintConformanceTests
{
    private const double Minimum = 18;
    private const int MaxItalicWords = 5;

    public static TheoryData<string> Inputs =>
        ["content/can-botox-help-acne.txt", "tests/AcneBotox.Tests/Readers/Fixtures/every-node.md",
         .. Directory.EnumerateFiles(ParityExport.HandoutsFolder, "*.md").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(RealClient.RepositoryRoot, f))];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_Word_run_is_at_least_18pt_and_no_italic_run_is_longer_than_five_words(string input)
    {
        using var export = new ParityExport();
        var (_, docx, _, _) = export.Export(Path.Combine(RealClient.RepositoryRoot, input), largePrint: true);

        var runs = DocxRunFormat.Read(docx);

        Assert.Contains(runs, r => r.Part.Contains("header", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Part.Contains("footer", StringComparison.Ordinal));
        var small = runs.Where(r => r.Points < Minimum - 1e-9).Select(r => $"{r.Part}: {r.Points} pt \"{r.Text}\"").ToList();
        Assert.True(small.Count == 0, "runs under 18 pt:\n" + string.Join('\n', small));
        var longItalic = runs.Where(r => r.Italic && Words(r.Text) > MaxItalicWords).Select(r => $"{r.Part}: \"{r.Text}\"").ToList();
        Assert.True(longItalic.Count == 0, "italic runs over five words:\n" + string.Join('\n', longItalic));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_HTML_run_is_at_least_18pt_in_Chromium_and_no_italic_run_is_longer_than_five_words(string input)
    {
        using var export = new ParityExport();
        var (_, _, html, _) = export.Export(Path.Combine(RealClient.RepositoryRoot, input), largePrint: true);

        var page = ProbedPage.Open(html, 1024);

        Assert.NotEmpty(page.Runs);
        var small = page.Runs.Where(r => r.Points < Minimum - 0.01).Select(r => $"<{r.Element}> {r.Points:0.##} pt \"{r.Text}\"").ToList();
        Assert.True(small.Count == 0, "runs under 18 pt:\n" + string.Join('\n', small));
        var longItalic = page.Runs.Where(r => r.Italic && r.Words > MaxItalicWords).Select(r => $"<{r.Element}> \"{r.Text}\"").ToList();
        Assert.True(longItalic.Count == 0, "italic runs over five words:\n" + string.Join('\n', longItalic));
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
