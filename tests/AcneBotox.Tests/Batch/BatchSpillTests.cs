using AcneBotox.Core.Checks;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Batch;

/// <summary>A batch keeps each finished document's diagnostics on disk, not in memory, and gets every field back exactly.</summary>
public sealed class BatchSpillTests : IDisposable
{
    private readonly BatchCorpus _corpus = new(6);

    public void Dispose() => _corpus.Dispose();

    private static readonly Diagnostic[] Varied =
    [
        new(Severity.Warning, "readability.grade", "reading grade 11.2 is above the target", "content/a.txt"),
        new(Severity.Error, "input.bad", "a lone \uD800 surrogate, ümlauts, 中文 and \"quotes\"\n", null, 7, "fix it"),
        new(Severity.Info, "parity.pdf", "", "x", null, null),
    ];

    [Fact]
    public void Spilled_diagnostics_come_back_field_for_field_every_time()
    {
        var spill = BatchSpill.Create();
        var kept = spill.Keep(Varied);
        Assert.IsType<SpilledDiagnostics>(kept);
        Assert.Equal(3, kept.Count);
        Assert.Equal(Varied, kept);
        Assert.Equal(Varied, kept);
        Assert.Equal(Varied[1], kept[1]);
        Assert.Empty(spill.Keep([]));
    }

    [Fact]
    public void Long_texts_come_back_whole()
    {
        var spill = BatchSpill.Create();
        var longMessage = string.Concat(Enumerable.Repeat("word \uD83D\uDE00 \uDC00 ", 20_000));
        Diagnostic[] list = [new(Severity.Warning, "rule", longMessage, new string('p', 5000), 1, ""), .. Varied];

        var kept = spill.Keep(list);

        Assert.Equal(list, kept);
        Assert.Equal(longMessage, kept[0].Message);
    }

    [Fact]
    public void Lists_kept_from_many_threads_at_once_do_not_mix()
    {
        var spill = BatchSpill.Create();
        var lists = Enumerable.Range(0, 200)
            .Select(i => Enumerable.Range(0, i % 7 + 1).Select(j => new Diagnostic(Severity.Warning, "rule", $"message {i}.{j}", $"doc-{i}.txt", j)).ToArray())
            .ToArray();
        var kept = new IReadOnlyList<Diagnostic>[lists.Length];
        Parallel.For(0, lists.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => kept[i] = spill.Keep(lists[i]));
        for (var i = 0; i < lists.Length; i++) Assert.Equal(lists[i], kept[i]);
    }

    [Fact]
    public void A_batch_keeps_only_summaries_in_memory_with_the_same_diagnostics_as_a_single_export()
    {
        var toolchain = new Toolchain();
        toolchain.Readers.Add(new PlainTextReader());
        toolchain.Checks.AddRange(StandardChecks.All());
        toolchain.Writers.Add(new FaultyWriter("never"));
        var options = new ExportOptions(_corpus.Output, ["fake"], new HandoutSettings());
        var items = Enumerable.Range(1, 6).Select(i => BatchItem.Create(_corpus.Article(i), _corpus.Content)).ToList();

        var outcome = new BatchRunner(toolchain, options, new BatchSettings(Jobs: 2)).Run(items, new NullObserver());

        Assert.IsType<SpilledResults>(outcome.Results);
        Assert.All(outcome.Results, r => Assert.IsType<SpilledDiagnostics>(r.Diagnostics));
        var direct = new DocumentExporter(toolchain, options).Export(_corpus.Article(3));
        Assert.NotEmpty(direct.Diagnostics);
        Assert.Equal(direct.Diagnostics, outcome.Results[2].Diagnostics);
    }

    private sealed class NullObserver : IBatchObserver
    {
        public void Started(int total)
        {
        }

        public void Completed(DocumentResult result, int done)
        {
        }
    }
}
