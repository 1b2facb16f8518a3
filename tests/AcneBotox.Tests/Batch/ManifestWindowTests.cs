using CsCheck;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Tests.Batch;

/// <summary>
/// The cache file is read a piece at a time, through a window of 64 KB that grows only for a piece larger than
/// itself, with each entry kept where the caller says (a batch's spill) and made when asked for: what comes back is what the
/// whole-file parse gave, entry for entry, and a broken file is refused for the same reasons.
/// </summary>
public sealed class ManifestWindowTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"acnebotox-window-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    private static ManifestEntry Entry(int i, int messageLength = 40) => new(
        new string('a', 64), new string('b', 64),
        [new OutputFile("pdf", $"article-{i}.pdf", 1_000 + i, new string('c', 64), 2)],
        [new Diagnostic(Severity.Warning, "plain.jargon", $"entry {i}: " + new string('ü', messageLength), "a.md", i + 1, "use"),
         new Diagnostic(Severity.Error, "input.bad", "中文, \"quotes\" and <b>", null),
         new Diagnostic(Severity.Info, "checks.coverage", "checked", null)],
        $"Title {i}", 7.5);

    private static SortedDictionary<string, ManifestEntry> Entries(int count, Func<int, int> messageLength)
    {
        var entries = new SortedDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++) entries[$"article-{i:0000}.txt"] = Entry(i, messageLength(i));
        return entries;
    }

    private void Write(SortedDictionary<string, ManifestEntry> entries)
    {
        using var file = File.Create(_path);
        ManifestWriter.Write(file, entries);
    }

    [Fact]
    public void A_file_many_windows_long_with_an_entry_larger_than_the_window_reads_back_entry_for_entry_from_the_spill()
    {
        var entries = Entries(600, i => 40 + i % 97);
        // One message of 150,000 characters: its entry (UTF-8 escaped) is several windows long on its own.
        entries["article-0300.txt"] = Entry(300, messageLength: 150_000);
        Write(entries);
        Assert.True(new FileInfo(_path).Length > 4 * 64 * 1024, "the file fits in a few windows, so sliding is not exercised");

        var spill = BatchSpill.Create();
        var read = ManifestReader.Read(_path, spill);

        Assert.Null(read.FileProblem);
        Assert.Empty(read.Invalid);
        Assert.Equal(entries.Keys, read.Entries.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, entry) in entries)
        {
            var back = read.Entries[id];
            // Made from the spill each time it is asked for: memory holds where it is, not the entry.
            Assert.NotSame(back, read.Entries[id]);
            Assert.IsType<SpilledDiagnostics>(back.Diagnostics);
            Assert.Equal(entry.Diagnostics, back.Diagnostics);
            Assert.Equal(entry.Outputs, back.Outputs);
            Assert.Equal((entry.Key, entry.Sha256, entry.Title, entry.ReadingGrade), (back.Key, back.Sha256, back.Title, back.ReadingGrade));
        }
    }

    [Fact]
    public void Entries_before_the_format_and_unknown_members_of_any_size_are_read_like_the_whole_file_was()
    {
        var big = string.Concat(Enumerable.Repeat("[1, {\"x\": \"yyyyyyyyyyyyyyyy\"}], ", 10_000));
        File.WriteAllText(_path, $$$"""
            {"note": [{{{big}}} 0], "entries": {"a.txt": {{{Json(Entry(1))}}}, "b.txt": {"key": 5}}, "format": 1, "later": {"n": null}}
            """);

        var read = ManifestReader.Read(_path);

        Assert.Null(read.FileProblem);
        Assert.Equal(Entry(1).Diagnostics, read.Entries["a.txt"].Diagnostics);
        Assert.Equal("'outputs' is not a list", read.Invalid["b.txt"]);
    }

    [Theory]
    [InlineData("""{"format": 1, "entries": {}} x""", "not valid JSON")]
    [InlineData("""{"format": 1, "entries": {}}{}""", "not valid JSON")]
    [InlineData("""{"entries": {}, "format": 2}""", "'format' is not 1")]
    [InlineData("""{"entries": {}}""", "'format' is not 1")]
    [InlineData("""{"format": 1}""", "no 'entries' object")]
    [InlineData("""{"format": 1, "entries": [1, 2]}""", "no 'entries' object")]
    [InlineData("""  "just text" """, "not a JSON object")]
    [InlineData("", "not valid JSON")]
    public void A_broken_file_is_refused_for_the_same_reason_as_before(string content, string reason)
    {
        File.WriteAllText(_path, content);
        Assert.Contains(reason, ManifestReader.Read(_path).FileProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_cut_anywhere_inside_is_refused_never_half_read()
    {
        var entries = Entries(200, _ => 300);
        Write(entries);
        var whole = File.ReadAllBytes(_path);
        // Cuts at, near and between window boundaries, and inside the first and last entries.
        foreach (var cut in new[] { 1, 40, 65_535, 65_536, 65_537, 131_072, whole.Length / 2, whole.Length - 3, whole.Length - 1 })
        {
            File.WriteAllBytes(_path, whole[..cut]);
            var read = ManifestReader.Read(_path);
            Assert.True(read.FileProblem?.Contains("not valid JSON", StringComparison.Ordinal), $"cut at {cut}: {read.FileProblem ?? "read as whole"}");
            Assert.Empty(read.Entries);
        }
    }

    [Fact]
    public void A_spilled_list_counts_by_severity_as_the_list_did_also_after_its_summary_is_read_back()
    {
        var spill = BatchSpill.Create();
        Diagnostic[] list = [.. Entry(1).Diagnostics, .. Entry(2).Diagnostics, new(Severity.Warning, "w", "m", null)];
        var kept = spill.Keep(list);
        Assert.IsType<SpilledDiagnostics>(kept);
        var result = new DocumentResult("a.txt", new string('a', 64), DocumentStatus.Ok, [], kept, TimeSpan.Zero);
        var results = new SpilledResults(spill, 1);
        results.Set(0, result);
        var back = results[0].Diagnostics;
        Assert.IsType<SpilledDiagnostics>(back);
        foreach (var severity in Enum.GetValues<Severity>())
        {
            var expected = list.Count(d => d.Severity == severity);
            Assert.Equal(expected, kept.CountOf(severity));
            Assert.Equal(expected, back.CountOf(severity));
            Assert.Equal(expected, ((IReadOnlyList<Diagnostic>)list).CountOf(severity));
        }
    }

    [Fact]
    public void A_damaged_file_never_throws_and_a_cut_one_is_refused()
    {
        var entries = Entries(40, _ => 2_000);
        Write(entries);
        var whole = File.ReadAllBytes(_path);
        byte[] structural = [.. "{}[]\":,\\x"u8, 0xC3];
        var damage = Gen.Select(Gen.Int[0, whole.Length - 1], Gen.Int[0, structural.Length - 1].Select(i => structural[i]), Gen.Bool);
        damage.Sample((at, with, cut) =>
        {
            var bytes = (byte[])whole.Clone();
            bytes[at] = with;
            File.WriteAllBytes(_path, cut ? bytes[..at] : bytes);
            var read = ManifestReader.Read(_path);
            if (cut) Assert.NotNull(read.FileProblem);
            else Assert.True(read.FileProblem is not null || read.Entries.Count + read.Invalid.Count <= entries.Count);
        }, iter: 300, threads: 1); // one file, rewritten each time
    }

    private static string Json(ManifestEntry entry) =>
        System.Text.Json.JsonSerializer.Serialize(entry, ManifestJsonContext.Default.ManifestEntry);
}
