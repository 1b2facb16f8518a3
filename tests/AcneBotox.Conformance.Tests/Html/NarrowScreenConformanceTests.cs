using AcneBotox.Conformance.Tests.Parity;

namespace AcneBotox.Conformance.Tests.Html;

/// <summary>
/// The HTML at a 320 px viewport (a small phone, WCAG 1.4.10 reflow) in Chromium: nothing pushes the page
/// sideways (tables scroll in their own region), and the embedded handout font is the one used.
/// </summary>
public sealed class NarrowScreenConformanceTests
{
    public static TheoryData<string> Inputs =>
        ["content/can-botox-help-acne.txt",
         .. Directory.EnumerateFiles(ParityExport.HandoutsFolder, "*.md").Where(f => File.ReadAllText(f).Contains("|---", StringComparison.Ordinal))
             .Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(RealClient.RepositoryRoot, f))];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void At_320px_the_page_is_320px_wide_and_set_in_the_embedded_handout_font(string input)
    {
        using var export = new ParityExport();
        var (_, _, html, _) = export.Export(Path.Combine(RealClient.RepositoryRoot, input));

        var page = ProbedPage.Open(html, 320);

        Assert.Equal(320, page.ClientWidth);
        Assert.Equal(320, page.ScrollWidth);
        Assert.Contains("Atkinson Hyperlegible normal normal", page.FontsLoaded);
        Assert.Contains("Atkinson Hyperlegible bold normal", page.FontsLoaded);
    }

    [Fact]
    public void At_320px_the_batch_index_page_is_320px_wide()
    {
        var file = HtmlPages.Write("batch-index");
        try
        {
            var page = ProbedPage.Open(file, 320);
            Assert.Equal(320, page.ScrollWidth);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
