namespace AcneBotox.Conformance.Tests.Parity;

/// <summary>
/// One handout, three renderings: every format shows the same content units (headings, paragraphs, list
/// items, table cells, callout titles, end-matter lines) in the same order. The only differences allowed are
/// the ones README lists: page furniture (running header, "Page X of Y", footer review line) and generated
/// list markers, which each format draws its own way.
/// </summary>
public sealed class ParityConformanceTests
{
    public static TheoryData<string> Inputs => [.. ParityExport.Inputs().Select(path => Path.GetRelativePath(RealClient.RepositoryRoot, path))];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Pdf_docx_and_html_show_the_same_content_in_the_same_order(string input)
    {
        using var export = new ParityExport();
        var (pdf, docx, html, messages) = export.Export(Path.Combine(RealClient.RepositoryRoot, input));

        var fromHtml = OutputText.Squeeze(OutputText.Html(html));
        AssertSame("HTML", fromHtml, "PDF", OutputText.Squeeze(OutputText.Pdf(pdf)), messages);
        AssertSame("HTML", fromHtml, "DOCX", OutputText.Squeeze(OutputText.Docx(docx)), messages);
    }

    [Fact]
    public void The_parity_handouts_use_every_part_of_the_composition()
    {
        var texts = Directory.EnumerateFiles(ParityExport.HandoutsFolder, "*.md").Select(File.ReadAllText).ToList();
        string[] features = [":::key-points", "[!WARNING]", "[!CAUTION]", "[!NOTE]", "[!TIP]", "|---|", "![", "sources:", "reviewed:", "nextReview:",
            "authors:", "reviewer:", "version:", "(tel:", "(mailto:", "](#"];
        Assert.True(texts.Count >= 5, "at least five realistic handouts");
        Assert.All(features, feature => Assert.Contains(texts, text => text.Contains(feature, StringComparison.Ordinal)));
        Assert.Contains(texts, text => !text.Contains("reviewed:", StringComparison.Ordinal)); // "not recorded" path
    }

    private static void AssertSame(string nameA, string a, string nameB, string b, string messages)
    {
        if (a == b) return;
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        string Around(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(s.Length - Math.Max(0, at - 60), 120));
        Assert.Fail($"{nameA} and {nameB} differ at character {at} (whitespace ignored):\n{nameA}: …{Around(a)}…\n{nameB}: …{Around(b)}…\nexport said:\n{messages}");
    }
}
