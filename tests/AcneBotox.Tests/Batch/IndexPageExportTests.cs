using System.Globalization;
using AcneBotox.Core.Pipeline.Batch;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AcneBotox.Tests.Batch;

public sealed class IndexPageExportTests : IDisposable
{
    private readonly BatchCorpus _corpus = new(2);

    public void Dispose() => _corpus.Dispose();

    private string IndexPath => Path.Combine(_corpus.Output, IndexPage.FileName);

    private IDocument Index() => new HtmlParser().ParseDocument(File.ReadAllText(IndexPath));

    [Fact]
    public void Export_lists_both_documents_with_links_that_exist_pages_and_grades()
    {
        Assert.Equal(0, _corpus.Export("-f", "html,pdf").Exit);

        var rows = Index().QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        for (var i = 0; i < 2; i++)
        {
            var row = rows[i];
            Assert.Contains($"(handout {i + 1})", row.QuerySelector("th")!.TextContent, StringComparison.Ordinal);
            var hrefs = row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal([$"article-00{i + 1}.html", $"article-00{i + 1}.pdf"], hrefs);
            Assert.All(hrefs, href => Assert.True(File.Exists(Path.Combine(_corpus.Output, Uri.UnescapeDataString(href))), href));
            var cells = row.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
            Assert.True(int.Parse(cells[1], CultureInfo.InvariantCulture) >= 1, cells[1]);
            Assert.Matches(@"^\d+\.\d", cells[2]);
            Assert.Equal("exported", cells[5]);
        }
    }

    [Fact]
    public void Documents_skipped_as_up_to_date_keep_their_pages_and_grade()
    {
        Assert.Equal(0, _corpus.Export("-f", "pdf").Exit);
        var fresh = Index().QuerySelectorAll("tbody td").Select(td => td.TextContent).ToList();

        Assert.Equal(0, _corpus.Export("-f", "pdf").Exit);

        var cached = Index().QuerySelectorAll("tbody td").Select(td => td.TextContent).ToList();
        Assert.Equal(["up to date", "up to date"], cached.Where((_, i) => i % 6 == 5));
        Assert.Equal(fresh.Where((_, i) => i % 6 != 5), cached.Where((_, i) => i % 6 != 5));
    }

    [Fact]
    public void A_shard_writes_no_index_page_because_each_shard_would_overwrite_it()
    {
        Assert.Equal(0, _corpus.Export("-f", "html", "--shard", "1/2").Exit);
        Assert.Equal(0, _corpus.Export("-f", "html", "--shard", "2/2").Exit);

        Assert.Equal(2, Directory.GetFiles(_corpus.Output, "article-*.html").Length);
        Assert.False(File.Exists(IndexPath));
    }

    [Fact]
    public void A_run_where_every_document_fails_writes_no_index_page()
    {
        File.WriteAllBytes(_corpus.Article(1), [0xFF, 0xFE, 0x00]);
        File.WriteAllBytes(_corpus.Article(2), [0xFF, 0xFE, 0x00]);

        Assert.NotEqual(0, _corpus.Export("-f", "html").Exit);

        Assert.False(File.Exists(IndexPath));
    }
}
