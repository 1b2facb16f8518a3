using System.Text;
using System.Text.Json;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Tests.Batch;

/// <summary>
/// The cache file written entry by entry has the bytes the whole <see cref="ManifestFile"/> serializes to, so streaming
/// it changed neither the file nor what older and newer runs read from it.
/// </summary>
public sealed class ManifestWriterTests
{
    private static ManifestEntry Entry(int i) => new(
        new string('a', 64), new string('b', 64),
        [new OutputFile("pdf", $"article-{i}.pdf", 12_345 + i, new string('c', 64), 2), new OutputFile("html", $"article-{i}.html", 3 + i, new string('d', 64))],
        [new Diagnostic(Severity.Warning, "plain.jargon", $"\"utilize\" may be hard <{i}> & more", "a.md", i + 1, "use"),
         new Diagnostic(Severity.Info, "checks.coverage", "ünïcode – text", null)],
        i % 3 == 0 ? null : $"Title {i} “quoted”", i % 2 == 0 ? null : 7.5 + i);

    private static SortedDictionary<string, ManifestEntry> Entries(int count)
    {
        var entries = new SortedDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        // Ids the encoder must escape, and the large-print variant suffix.
        for (var i = 0; i < count; i++) entries[i % 5 == 0 ? $"dir/ärticle \"{i}\".md#large-print" : $"article-{i:0000}.txt"] = Entry(i);
        return entries;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    // Well past the writer's flush size, so the bytes cross several flushes.
    [InlineData(400)]
    public void Streamed_manifest_is_the_whole_file_serialized(int count)
    {
        var entries = Entries(count);
        var whole = JsonSerializer.SerializeToUtf8Bytes(new ManifestFile(ManifestReader.CurrentFormat, entries), ManifestJsonContext.Default.ManifestFile);
        using var streamed = new MemoryStream();
        ManifestWriter.Write(streamed, entries);
        Assert.Equal(Encoding.UTF8.GetString(whole), Encoding.UTF8.GetString(streamed.ToArray()));
        if (count == 400) Assert.True(whole.Length > 256 * 1024, $"the corpus is only {whole.Length} bytes");
    }

    [Fact]
    public void Streamed_manifest_reads_back_entry_for_entry()
    {
        var entries = Entries(20);
        var path = Path.Combine(Path.GetTempPath(), $"acnebotox-manifest-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(path)) ManifestWriter.Write(file, entries);
            var read = ManifestReader.Read(path);
            Assert.Null(read.FileProblem);
            Assert.Empty(read.Invalid);
            Assert.Equal(entries.Keys, read.Entries.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, entry) in entries)
            {
                var back = read.Entries[id];
                Assert.Equal(entry.Outputs, back.Outputs);
                Assert.Equal(entry.Diagnostics, back.Diagnostics);
                Assert.Equal((entry.Key, entry.Sha256, entry.Title, entry.ReadingGrade), (back.Key, back.Sha256, back.Title, back.ReadingGrade));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
