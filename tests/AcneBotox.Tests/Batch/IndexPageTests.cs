using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using AcneBotox.Core.Settings;
using AngleSharp.Html.Parser;

namespace AcneBotox.Tests.Batch;

public sealed class IndexPageTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("acnebotox-index-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private ExportOptions Options(bool largePrint = false) =>
        new(_output, ["html", "pdf"], new HandoutSettings { LargePrint = largePrint });

    private static BatchOutcome Outcome(params DocumentResult[] results) =>
        new(results, new RunFingerprint("0.1.0", "hash", ["html", "pdf"]), TimeSpan.FromSeconds(3), 0);

    private DocumentResult Exported(string name, string title, double? grade = 9.25, params Diagnostic[] diagnostics) =>
        new(Path.Combine("/content", name + ".txt"), "sha", DocumentStatus.Ok,
            [
                new OutputFile("html", Path.Combine(_output, name + ".html"), 10, "h"),
                new OutputFile("pdf", Path.Combine(_output, name + ".pdf"), 20, "p", Pages: 3),
            ],
            diagnostics, TimeSpan.FromSeconds(1), Title: title, ReadingGrade: grade);

    private static DocumentResult Failed(string name) =>
        new(Path.Combine("/content", name + ".txt"), null, DocumentStatus.Failed, [],
            [new Diagnostic(Severity.Error, "input.missing", "file not found", name)], TimeSpan.Zero);

    [Fact]
    public void A_row_lists_title_links_pages_grade_counts_and_status_in_a_real_table()
    {
        var warning = new Diagnostic(Severity.Warning, "readability.grade", "hard", "x");
        var outcome = Outcome(Exported("acne", "Can Botox help acne?", 9.25, warning, warning), Failed("broken"));

        var page = new HtmlParser().ParseDocument(IndexPage.Render(IndexPage.Entries(outcome, Options()), 8));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(page.Title));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.All(page.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        var first = rows[0];
        Assert.Equal("row", first.QuerySelector("th")!.GetAttribute("scope"));
        Assert.StartsWith("Can Botox help acne?", first.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["acne.html", "acne.pdf"], first.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["HTML", "PDF"], first.QuerySelectorAll("a").Select(a => a.TextContent));
        var cells = first.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["3", "9.3 (above target)", "2", "0", "exported"], cells.Skip(1));

        var failed = rows[1].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Empty(rows[1].QuerySelectorAll("a"));
        Assert.StartsWith("broken.txt", rows[1].QuerySelector("th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["\u2014", "\u2014", "\u2014", "0", "1", "failed"], failed);
    }

    [Fact]
    public void Titles_file_names_and_hrefs_are_escaped()
    {
        var outcome = Outcome(Exported("a&b <x> \"q\"", "<script>alert(1)</script> & co"));

        var html = IndexPage.Render(IndexPage.Entries(outcome, Options()), 8);

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("a&amp;b &lt;x&gt; \"q\".txt", html, StringComparison.Ordinal);
        Assert.Contains("href=\"a%26b%20%3Cx%3E%20%22q%22.html\"", html, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("a%26b%20%3Cx%3E%20%22q%22.pdf", page.QuerySelectorAll("a")[1].GetAttribute("href"));
    }

    [Fact]
    public void The_same_run_gives_the_same_bytes_whatever_the_culture_or_timing()
    {
        var results = new[] { Exported("one", "One", 7.04), Exported("two", "Two", null) };
        var first = IndexPage.Render(IndexPage.Entries(Outcome(results), Options()), 8);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var again = IndexPage.Render(IndexPage.Entries(Outcome(results) with { Elapsed = TimeSpan.FromHours(1) }, Options()), 8);
            Assert.Equal(first, again);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        Assert.Contains("<td>7.0</td>", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_print_files_already_in_the_folder_are_linked_after_the_regular_ones()
    {
        File.WriteAllText(Path.Combine(_output, "acne.large-print.pdf"), "x");

        var entry = Assert.Single(IndexPage.Entries(Outcome(Exported("acne", "Acne")), Options()));

        Assert.Equal(["acne.html", "acne.pdf", "acne.large-print.pdf"], entry.Links.Select(l => l.RelativePath));
        Assert.Equal("Large-print PDF", entry.Links[2].Label);
    }

    [Fact]
    public void The_page_is_written_only_when_the_folder_gets_a_handout()
    {
        var path = Path.Combine(_output, IndexPage.FileName);

        Assert.NotNull(IndexPage.WriteFile(Outcome(Failed("broken")), Options()));
        Assert.False(File.Exists(path));

        Assert.Null(IndexPage.WriteFile(Outcome(Exported("acne", "Acne")), Options()));
        Assert.Contains("acne.pdf", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_output, AtomicFile.TempPrefix + "*"));
    }

    [Fact]
    public void An_article_named_index_keeps_its_handout()
    {
        var reason = IndexPage.WriteFile(Outcome(Exported("index", "Index")), Options());

        Assert.Contains("index", reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_output, IndexPage.FileName)));
    }
}
