namespace AcneBotox.Tests.Batch;

public sealed class IncrementalExportTests : IDisposable
{
    private readonly BatchCorpus _corpus = new(6);

    private string Report => Path.Combine(_corpus.Root, "report.json");

    public void Dispose() => _corpus.Dispose();

    private Dictionary<string, string> ExportAndRead(params string[] args)
    {
        var (exit, _, stderr) = _corpus.Export(["--report", Report, "-f", "html", .. args]);
        Assert.True(exit == 0, stderr);
        return RunReport.Statuses(Report);
    }

    [Fact]
    public void A_rerun_skips_every_unchanged_document_and_leaves_outputs_untouched()
    {
        Assert.All(ExportAndRead().Values, s => Assert.Equal("ok", s));
        var html = Path.Combine(_corpus.Output, "article-001.html");
        var written = File.GetLastWriteTimeUtc(html);

        var second = ExportAndRead();

        Assert.Equal(6, second.Count);
        Assert.All(second.Values, s => Assert.Equal("skipped", s));
        Assert.Equal(written, File.GetLastWriteTimeUtc(html));
    }

    [Fact]
    public void A_rerun_that_changes_nothing_leaves_the_cache_file_alone_and_an_edit_rewrites_it()
    {
        ExportAndRead();
        var cache = Path.Combine(_corpus.Output, ".acnebotox.cache.json");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(cache, old);

        ExportAndRead();
        Assert.Equal(old, File.GetLastWriteTimeUtc(cache));

        File.AppendAllText(_corpus.Article(2), "\nOne more sentence about sunscreen.\n");
        var third = ExportAndRead();
        Assert.Equal("ok", third["article-002.txt"]);
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(cache));
        Assert.All(ExportAndRead().Values, s => Assert.Equal("skipped", s));
    }

    [Fact]
    public void Only_the_edited_source_is_exported_again()
    {
        ExportAndRead();
        File.AppendAllText(_corpus.Article(3), "\nOne more sentence about sunscreen.\n");

        var second = ExportAndRead();

        Assert.Equal("ok", second["article-003.txt"]);
        Assert.Equal(5, second.Values.Count(s => s == "skipped"));
    }

    [Fact]
    public void A_deleted_or_hand_edited_output_is_rebuilt()
    {
        ExportAndRead();
        File.Delete(Path.Combine(_corpus.Output, "article-002.html"));
        File.AppendAllText(Path.Combine(_corpus.Output, "article-004.html"), "<!-- edited -->");

        var second = ExportAndRead();

        Assert.Equal("ok", second["article-002.txt"]);
        Assert.Equal("ok", second["article-004.txt"]);
        Assert.Equal(4, second.Values.Count(s => s == "skipped"));
        Assert.DoesNotContain("edited", File.ReadAllText(Path.Combine(_corpus.Output, "article-004.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_settings_or_formats_invalidate_the_cache()
    {
        ExportAndRead();
        Assert.All(ExportAndRead("--paper", "letter").Values, s => Assert.Equal("ok", s));
        Assert.All(ExportAndRead("--paper", "letter").Values, s => Assert.Equal("skipped", s));

        var (exit, _, stderr) = _corpus.Export("--report", Report, "-f", "html,pdf", "--paper", "letter");
        Assert.True(exit == 0, stderr);
        Assert.All(RunReport.Statuses(Report).Values, s => Assert.Equal("ok", s));
    }

    [Fact]
    public void Force_exports_everything_even_when_up_to_date()
    {
        ExportAndRead();
        Assert.All(ExportAndRead("--force").Values, s => Assert.Equal("ok", s));
    }

    [Fact]
    public void Skipped_documents_report_their_outputs_and_replay_their_warnings()
    {
        ExportAndRead();
        using var first = RunReport.Load(Report);
        var firstDoc = first.RootElement.GetProperty("documents")[0];

        ExportAndRead();
        using var second = RunReport.Load(Report);
        var secondDoc = second.RootElement.GetProperty("documents")[0];

        Assert.Equal("skipped", secondDoc.GetProperty("status").GetString());
        Assert.Equal(firstDoc.GetProperty("outputs").GetRawText(), secondDoc.GetProperty("outputs").GetRawText());
        Assert.Equal(firstDoc.GetProperty("warnings").GetRawText(), secondDoc.GetProperty("warnings").GetRawText());
    }

    [Fact]
    public void A_corrupt_cache_file_only_costs_a_full_rebuild()
    {
        ExportAndRead();
        File.WriteAllText(Path.Combine(_corpus.Output, ".acnebotox.cache.json"), "{ not json");

        Assert.All(ExportAndRead().Values, s => Assert.Equal("ok", s));
        Assert.All(ExportAndRead().Values, s => Assert.Equal("skipped", s));
    }
}
