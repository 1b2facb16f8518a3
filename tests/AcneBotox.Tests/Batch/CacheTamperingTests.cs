using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AcneBotox.Tests.Batch;

/// <summary>
/// The cache is a hint, never an authority: whatever .acnebotox.cache.json holds (a pipe, a device, nulls,
/// wrong types, empty or foreign output lists), a rerun never crashes, never hangs, and never skips a
/// document whose outputs it cannot verify. Each ignored entry is a warning and the document is exported again.
/// </summary>
public sealed class CacheTamperingTests : IDisposable
{
    private readonly BatchCorpus _corpus = new(3);

    private string Report => Path.Combine(_corpus.Root, "report.json");

    private string CachePath => Path.Combine(_corpus.Output, ".acnebotox.cache.json");

    public void Dispose() => _corpus.Dispose();

    private (Dictionary<string, string> Statuses, string Stderr) ExportAndRead()
    {
        var (exit, _, stderr) = _corpus.Export("--report", Report, "-f", "html");
        Assert.True(exit == 0, stderr);
        return (RunReport.Statuses(Report), stderr);
    }

    private void Tamper(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(CachePath))!.AsObject();
        change(root["entries"]!.AsObject());
        File.WriteAllText(CachePath, root.ToJsonString());
    }

    public static TheoryData<string, string> EntryTampering => new()
    {
        { "null entry", "the entry is null" },
        { "diagnostics null", "'diagnostics' is not a list" },
        { "outputs empty", "'outputs' is empty" },
        { "outputs null", "'outputs' is not a list" },
        { "path outside", "is not a plain path inside the output folder" },
        { "absolute path", "is not a plain path inside the output folder" },
        { "bytes as text", "'bytes' is not a whole number" },
        { "key as number", "'key' is not a text" },
        { "severity unknown", "diagnostic severity 'fatal' is unknown" },
        { "title as list", "'title' is not a text" },
        { "another document's output", "which this run does not write" },
    };

    [Theory]
    [MemberData(nameof(EntryTampering))]
    public void A_tampered_entry_means_export_that_document_again_with_a_warning(string how, string reason)
    {
        ExportAndRead();
        Tamper(entries =>
        {
            var entry = entries["article-002.txt"]!.AsObject();
            var output = entry["outputs"]![0]!.AsObject();
            switch (how)
            {
                case "null entry": entries["article-002.txt"] = null; break;
                case "diagnostics null": entry["diagnostics"] = null; break;
                case "outputs empty": entry["outputs"] = new JsonArray(); break;
                case "outputs null": entry["outputs"] = null; break;
                case "path outside": output["path"] = "../content/article-001.txt"; break;
                case "absolute path": output["path"] = "/etc/passwd"; break;
                case "bytes as text": output["bytes"] = "many"; break;
                case "key as number": entry["key"] = 5; break;
                case "severity unknown": entry["diagnostics"] = new JsonArray(new JsonObject { ["severity"] = "fatal", ["rule"] = "x", ["message"] = "y" }); break;
                case "title as list": entry["title"] = new JsonArray(); break;
                case "another document's output": output["path"] = "article-001.html"; break;
                default: throw new ArgumentException(how);
            }
        });

        var (statuses, stderr) = ExportAndRead();

        Assert.Equal("ok", statuses["article-002.txt"]);
        Assert.Equal("skipped", statuses["article-001.txt"]);
        Assert.Equal("skipped", statuses["article-003.txt"]);
        var warning = Assert.Single(stderr.Split('\n'), l => l.Contains("cache entry for 'article-002.txt' is ignored", StringComparison.Ordinal));
        Assert.Contains(reason, warning, StringComparison.Ordinal);
        using (var report = RunReport.Load(Report))
        {
            var outputs = report.RootElement.GetProperty("documents").EnumerateArray()
                .SelectMany(d => d.GetProperty("outputs").EnumerateArray()).Select(o => o.GetProperty("path").GetString()!).ToList();
            Assert.All(outputs, path => Assert.StartsWith(_corpus.Output, Path.GetFullPath(path), StringComparison.Ordinal));
        }
        // The rewritten cache is trusted again on the next run.
        Assert.All(ExportAndRead().Statuses.Values, s => Assert.Equal("skipped", s));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_in_an_entry_mean_export_that_document_again_and_in_a_name_a_full_rebuild()
    {
        ExportAndRead();
        var cache = File.ReadAllBytes(CachePath);
        var entry = IndexOf(cache, "\"article-002.txt\"");
        // 0xC3 0x28 is no UTF-8 sequence; put in place of the first two hex digits of that entry's key.
        var key = IndexOf(cache, "\"key\": \"", entry) + "\"key\": \"".Length;
        var damaged = (byte[])cache.Clone();
        (damaged[key], damaged[key + 1]) = ((byte)0xC3, (byte)0x28);
        File.WriteAllBytes(CachePath, damaged);

        var (statuses, stderr) = ExportAndRead();

        Assert.Equal(("skipped", "ok", "skipped"), (statuses["article-001.txt"], statuses["article-002.txt"], statuses["article-003.txt"]));
        Assert.Contains("the cache entry for 'article-002.txt' is ignored: it holds text that is not valid UTF-8", stderr, StringComparison.Ordinal);

        damaged = File.ReadAllBytes(CachePath);
        var name = IndexOf(damaged, "\"article-003.txt\"") + 1;
        damaged[name] = 0xC3;
        File.WriteAllBytes(CachePath, damaged);
        (statuses, stderr) = ExportAndRead();
        Assert.All(statuses.Values, s => Assert.Equal("ok", s));
        Assert.Contains("the export cache is ignored: it is not valid JSON", stderr, StringComparison.Ordinal);
    }

    private static int IndexOf(byte[] bytes, string text, int from = 0)
    {
        var at = bytes.AsSpan(from).IndexOf(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(at >= 0, $"'{text}' is not in the cache file");
        return from + at;
    }

    [Theory]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{\"format\": \"1\", \"entries\": {}}", "'format' is not 1")]
    [InlineData("{\"format\": 1, \"entries\": null}", "no 'entries' object")]
    [InlineData("{\"format\": 1, \"entries\": {\"a\": ", "not valid JSON")]
    public void An_unusable_cache_file_is_a_warning_and_a_full_rebuild(string content, string reason)
    {
        ExportAndRead();
        File.WriteAllText(CachePath, content);
        var (statuses, stderr) = ExportAndRead();
        Assert.All(statuses.Values, s => Assert.Equal("ok", s));
        var warning = Assert.Single(stderr.Split('\n'), l => l.Contains("the export cache is ignored: ", StringComparison.Ordinal));
        Assert.Contains(reason, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_as_cache_file_is_refused_not_waited_on()
    {
        TestSkip.When(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        ExportAndRead();
        File.Delete(CachePath);
        MakeFifo(CachePath);
        var (statuses, stderr) = ExportAndRead();
        Assert.All(statuses.Values, s => Assert.Equal("ok", s));
        Assert.Contains("the export cache is ignored: it was not read: it is not a regular file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_endless_device_as_cache_file_is_refused()
    {
        TestSkip.When(!File.Exists("/dev/zero"), "no /dev/zero on this system");
        ExportAndRead();
        File.Delete(CachePath);
        File.CreateSymbolicLink(CachePath, "/dev/zero");
        var (statuses, stderr) = ExportAndRead();
        Assert.All(statuses.Values, s => Assert.Equal("ok", s));
        Assert.Contains("the export cache is ignored", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_replaced_by_a_pipe_or_a_link_is_rebuilt_not_read()
    {
        TestSkip.When(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        ExportAndRead();
        var first = Path.Combine(_corpus.Output, "article-001.html");
        var second = Path.Combine(_corpus.Output, "article-002.html");
        var copy = Path.Combine(_corpus.Root, "copy.html");
        File.Copy(second, copy);
        File.Delete(first);
        MakeFifo(first);
        File.Delete(second);
        File.CreateSymbolicLink(second, copy);

        var (statuses, _) = ExportAndRead();

        Assert.Equal("ok", statuses["article-001.txt"]);
        Assert.Equal("ok", statuses["article-002.txt"]);
        Assert.Equal("skipped", statuses["article-003.txt"]);
        Assert.False(File.ResolveLinkTarget(second, returnFinalTarget: false) is not null, "the link was replaced by a real output");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
        mkfifo.WaitForExit();
    }
}
