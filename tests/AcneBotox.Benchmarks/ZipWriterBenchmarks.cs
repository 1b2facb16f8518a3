using AcneBotox.Docx;
using BenchmarkDotNet.Attributes;

namespace AcneBotox.Benchmarks;

/// <summary>The deterministic zip writer on a DOCX-sized set of parts: deflating them and writing the archive.</summary>
[MemoryDiagnoser]
public class ZipWriterBenchmarks
{
    private readonly DateTime _time = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private byte[][] _parts = [];
    private List<(string Name, ZipEntryContent Content)> _entries = [];

    [GlobalSetup]
    public void Setup()
    {
        // Parts shaped like a handout's: one large XML body and a few small ones.
        var text = File.ReadAllText(SeedHandout.SourcePath);
        var body = System.Text.Encoding.UTF8.GetBytes("<w:document>" + string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>" + System.Security.SecurityElement.Escape(text) + "</w:t></w:r></w:p>", 3)) + "</w:document>");
        _parts = [body, .. Enumerable.Range(0, 10).Select(i => System.Text.Encoding.UTF8.GetBytes($"<part n=\"{i}\">" + new string('x', 500 + 100 * i) + "</part>"))];
        _entries = [.. _parts.Select((p, i) => ($"word/part{i}.xml", ZipEntryContent.Deflate(p)))];
    }

    [Benchmark(Description = "Deflate the parts")]
    public int Deflate()
    {
        var total = 0;
        foreach (var part in _parts) total += ZipEntryContent.Deflate(part).Deflated.Length;
        return total;
    }

    [Benchmark(Description = "Write the archive of deflated parts")]
    public long Write()
    {
        using var buffer = new MemoryStream();
        ZipWriter.Write(buffer, _entries, _time);
        return buffer.Length;
    }
}
