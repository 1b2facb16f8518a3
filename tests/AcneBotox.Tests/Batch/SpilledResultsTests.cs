using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Tests.Batch;

/// <summary>A batch keeps each finished document's result and cache entry in its spill and gets every field back exactly.</summary>
public sealed class SpilledResultsTests
{
    private static readonly Diagnostic[] Findings =
    [
        new(Severity.Warning, "plain.jargon", "\"utilize\" may be hard, a lone \uD800 surrogate", "content/a.txt", 4, "use"),
        new(Severity.Error, "input.bad", "ümlauts and 中文", null),
    ];

    private static DocumentResult Result(BatchSpill spill, int i) => new(
        $"content/ärticle-{i}.txt", i % 2 == 0 ? new string('a', 64) : null, (DocumentStatus)(i % 3),
        [new OutputFile("pdf", $"/out/article-{i}.pdf", 12_345 + i, new string('c', 64), i % 4 == 0 ? null : 2),
         new OutputFile("html", $"/out/article-{i}.html", 3 + i, new string('d', 64))],
        i % 5 == 0 ? [] : spill.Keep(Findings), TimeSpan.FromTicks(1_234_567 + i),
        Title: i % 3 == 0 ? null : $"Title {i} “quoted”", ReadingGrade: i % 2 == 0 ? null : 7.25 + i);

    [Fact]
    public void Results_come_back_field_for_field_in_their_slots()
    {
        var spill = BatchSpill.Create();
        var originals = Enumerable.Range(0, 40).Select(i => Result(spill, i)).ToArray();
        var results = new SpilledResults(spill, originals.Length);
        Parallel.For(0, originals.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results.Set(i, originals[i]));

        Assert.Equal(originals.Length, results.Count);
        for (var i = 0; i < originals.Length; i++)
        {
            var back = results[i];
            Assert.NotSame(originals[i], back);
            Assert.Equal(originals[i].Source, back.Source);
            Assert.Equal(originals[i].Sha256, back.Sha256);
            Assert.Equal(originals[i].Status, back.Status);
            Assert.Equal(originals[i].Outputs, back.Outputs);
            Assert.Equal(originals[i].Diagnostics, back.Diagnostics);
            Assert.Equal(originals[i].Elapsed, back.Elapsed);
            Assert.Equal(originals[i].Title, back.Title);
            Assert.Equal(originals[i].ReadingGrade, back.ReadingGrade);
        }
        Assert.Equal(originals.Select(r => r.Source), results.Select(r => r.Source));
    }

    [Fact]
    public void A_result_with_its_exception_or_with_diagnostics_in_memory_is_held_as_it_is()
    {
        var spill = BatchSpill.Create();
        var failed = new DocumentResult("a.txt", null, DocumentStatus.Failed, [], spill.Keep(Findings), TimeSpan.Zero,
            new InvalidOperationException("bug"));
        var unspilled = new DocumentResult("b.txt", null, DocumentStatus.Ok, [], Findings, TimeSpan.Zero);
        var results = new SpilledResults(spill, 2);
        results.Set(0, failed);
        results.Set(1, unspilled);

        Assert.Same(failed, results[0]);
        Assert.Same(unspilled, results[1]);
    }

    [Fact]
    public void A_cache_entry_comes_back_field_for_field()
    {
        var spill = BatchSpill.Create();
        var entry = new ManifestEntry(new string('k', 64), new string('s', 64),
            [new OutputFile("docx", "/out/a.docx", 99, new string('e', 64))], spill.Keep(Findings), "Tïtle", 6.5);

        var kept = spill.Keep(entry);

        Assert.NotNull(kept);
        var back = kept();
        Assert.Equal(entry.Key, back.Key);
        Assert.Equal(entry.Sha256, back.Sha256);
        Assert.Equal(entry.Outputs, back.Outputs);
        Assert.Equal(entry.Diagnostics, back.Diagnostics);
        Assert.Equal(entry.Title, back.Title);
        Assert.Equal(entry.ReadingGrade, back.ReadingGrade);
        Assert.Null(spill.Keep(entry with { Diagnostics = Findings }));
    }
}
