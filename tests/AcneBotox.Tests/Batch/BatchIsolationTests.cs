using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Batch;

public sealed class BatchIsolationTests : IDisposable
{
    private readonly BatchCorpus _corpus = new(8);

    public void Dispose() => _corpus.Dispose();

    // The eight articles, read as plain text and "written" by a writer that fails on a handout whose title contains failOn.
    private (Toolchain Toolchain, ExportOptions Options, List<BatchItem> Items) FakeWriterBatch(string failOn)
    {
        var toolchain = new Toolchain();
        toolchain.Readers.Add(new PlainTextReader());
        toolchain.Writers.Add(new FaultyWriter(failOn));
        var options = new ExportOptions(_corpus.Output, ["fake"], new HandoutSettings());
        var items = Enumerable.Range(1, 8).Select(i => BatchItem.Create(_corpus.Article(i), _corpus.Content)).ToList();
        return (toolchain, options, items);
    }

    private sealed class CountingObserver : IBatchObserver
    {
        public int Total { get; private set; }

        public int Completed;

        public void Started(int total) => Total = total;

        void IBatchObserver.Completed(DocumentResult result, int done) => Interlocked.Increment(ref Completed);
    }

    [Fact]
    public void A_crashing_document_fails_alone_and_the_rest_are_exported()
    {
        var (toolchain, options, items) = FakeWriterBatch("(handout 5)");
        var observer = new CountingObserver();

        var outcome = new BatchRunner(toolchain, options, new BatchSettings(Jobs: 3)).Run(items, observer);

        Assert.Equal(8, observer.Total);
        Assert.Equal(8, observer.Completed);
        var failed = Assert.Single(outcome.Results, r => r.Status == DocumentStatus.Failed);
        Assert.EndsWith("article-005.txt", failed.Source, StringComparison.Ordinal);
        Assert.Contains(failed.Diagnostics, d => d.Message.Contains("simulated writer bug", StringComparison.Ordinal));
        Assert.Equal(7, outcome.Results.Count(r => r.Status == DocumentStatus.Ok));
        Assert.False(File.Exists(Path.Combine(_corpus.Output, "article-005.fake")));
        Assert.Equal(7, Directory.GetFiles(_corpus.Output, "*.fake").Length);

        // The failed document is not cached: the next run tries it again, and skips the others.
        var rerun = new BatchRunner(toolchain, options, new BatchSettings(Jobs: 3)).Run(items, new CountingObserver());
        Assert.Equal(DocumentStatus.Failed, rerun.Results[4].Status);
        Assert.Equal(7, rerun.Results.Count(r => r.Status == DocumentStatus.Skipped));
    }

    [Fact]
    public void Results_keep_input_order_whatever_order_the_jobs_finish_in()
    {
        var (toolchain, options, items) = FakeWriterBatch("never");

        var outcome = new BatchRunner(toolchain, options, new BatchSettings(Jobs: 4)).Run(items, new CountingObserver());

        Assert.Equal(items.Select(i => i.SourcePath), outcome.Results.Select(r => r.Source));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    public void Each_document_is_exported_once_however_many_jobs_share_them(int jobs)
    {
        var (toolchain, options, items) = FakeWriterBatch("never");
        var observer = new RecordingObserver();

        var outcome = new BatchRunner(toolchain, options, new BatchSettings(Jobs: jobs, Force: true)).Run(items, observer);

        Assert.Equal(items.Select(i => i.SourcePath).Order(StringComparer.Ordinal), observer.Sources.Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(1, 8), observer.Counts.Order());
        Assert.All(outcome.Results, r => Assert.Equal(DocumentStatus.Ok, r.Status));
    }

    [Fact]
    public void Closing_work_that_fails_propagates_and_the_cache_file_is_still_written_whole()
    {
        var (toolchain, options, items) = FakeWriterBatch("never");
        BatchOutcome? seen = null;

        var failure = Assert.Throws<IOException>(() => new BatchRunner(toolchain, options, new BatchSettings(Jobs: 2)).Run(items, new CountingObserver(),
            outcome =>
            {
                seen = outcome;
                throw new IOException("the report could not be written");
            }));

        Assert.Equal("the report could not be written", failure.Message);
        Assert.NotNull(seen);
        Assert.Equal(8, seen.Results.Count(r => r.Status == DocumentStatus.Ok));
        var rerun = new BatchRunner(toolchain, options, new BatchSettings(Jobs: 2)).Run(items, new CountingObserver());
        Assert.All(rerun.Results, r => Assert.Equal(DocumentStatus.Skipped, r.Status));
        Assert.Empty(Directory.GetFiles(_corpus.Output, AtomicFile.TempPrefix + "*"));
    }

    private sealed class RecordingObserver : IBatchObserver
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(string Source, int Done)> _completed = new();

        public IEnumerable<string> Sources => _completed.Select(c => c.Source);

        public IEnumerable<int> Counts => _completed.Select(c => c.Done);

        public void Started(int total) { }

        public void Completed(DocumentResult result, int done) => _completed.Enqueue((result.Source, done));
    }

    [Fact]
    public void Cli_exits_1_when_one_document_fails_and_still_writes_the_others()
    {
        // maxInputBytes 4096 (the loader's minimum is 1024): the seed copies fit, the tripled one does not.
        using var corpus = new BatchCorpus(4, "limits:\n  maxInputBytes: 4096\n");
        var big = File.ReadAllText(corpus.Article(2));
        File.WriteAllText(corpus.Article(2), big + big + big);
        var report = Path.Combine(corpus.Root, "report.json");

        var (exit, _, stderr) = corpus.Export("-f", "html", "--jobs", "2", "--report", report);

        Assert.Equal(1, exit);
        Assert.Contains("article-002.txt: error:", stderr, StringComparison.Ordinal);
        var statuses = RunReport.Statuses(report);
        Assert.Equal("failed", statuses["article-002.txt"]);
        Assert.Equal(3, statuses.Values.Count(s => s == "ok"));
        Assert.Equal(3, Directory.GetFiles(corpus.Output, "article-*.html").Length);
    }

    [Fact]
    public void Two_sources_with_the_same_name_do_not_overwrite_each_other()
    {
        Directory.CreateDirectory(Path.Combine(_corpus.Content, "sub"));
        File.Copy(_corpus.Article(1), Path.Combine(_corpus.Content, "sub", "article-001.txt"));
        var report = Path.Combine(_corpus.Root, "report.json");

        var (exit, _, stderr) = _corpus.Export("-f", "html", "--report", report);

        Assert.Equal(1, exit);
        Assert.Contains("output.collision", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Contains("same file name", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_export_gives_the_same_bytes_as_one_job()
    {
        var serial = Path.Combine(_corpus.Root, "serial");
        var parallel = Path.Combine(_corpus.Root, "parallel");

        Assert.Equal(0, BatchCorpus.Cli("export", _corpus.Content, "-o", serial, "--jobs", "1").Exit);
        Assert.Equal(0, BatchCorpus.Cli("export", _corpus.Content, "-o", parallel, "--jobs", "4").Exit);

        var files = Directory.GetFiles(serial).Select(Path.GetFileName).Where(f => !f!.StartsWith('.')).ToList();
        // Every article's HTML and PDF, and the index page (compared too: it must not depend on the job count).
        Assert.Equal(17, files.Count(f => !f!.EndsWith(".docx", StringComparison.Ordinal)));
        foreach (var file in files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(serial, file!)), File.ReadAllBytes(Path.Combine(parallel, file!)));
    }

    [Fact]
    public void Many_jobs_do_not_starve_the_reader_into_false_pipe_refusals()
    {
        // Regression: the reader's guarded open once ran on the thread pool, which a wide batch fills,
        // so ordinary files timed out as "not a regular file".
        using var corpus = new BatchCorpus(48);
        var (exit, _, stderr) = corpus.Export("-f", "html", "--jobs", "32", "--quiet");
        Assert.True(exit == 0, stderr);
        Assert.Equal(48, Directory.GetFiles(corpus.Output, "article-*.html").Length);
    }
}
