using System.Text.Json;
using AcneBotox.Cli;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Tests.Batch;

public sealed class RunReportTests : IDisposable
{
    private readonly BatchCorpus _corpus = new(3);

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void The_report_has_the_documented_fields_with_the_right_types()
    {
        var path = Path.Combine(_corpus.Root, "out", "report.json");
        Assert.Equal(0, _corpus.Export("--report", path, "-f", "html,pdf").Exit);

        using var report = RunReport.Load(path);
        var root = report.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.StartsWith("0.", root.GetProperty("toolVersion").GetString(), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("settingsHash").GetString());
        Assert.Equal(["html", "pdf"], root.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("shard").ValueKind);

        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("documents").GetInt32());
        Assert.Equal(3, summary.GetProperty("ok").GetInt32());
        Assert.Equal(0, summary.GetProperty("failed").GetInt32());
        Assert.Equal(0, summary.GetProperty("skipped").GetInt32());
        Assert.Equal(6, summary.GetProperty("outputs").GetInt32());
        Assert.True(summary.GetProperty("warnings").GetInt32() >= 0);
        Assert.True(summary.GetProperty("elapsedMs").GetInt64() >= 0);

        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(3, documents.Count);
        foreach (var document in documents)
        {
            Assert.EndsWith(".txt", document.GetProperty("source").GetString(), StringComparison.Ordinal);
            Assert.Matches("^[0-9a-f]{64}$", document.GetProperty("sha256").GetString());
            Assert.Equal("ok", document.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Array, document.GetProperty("warnings").ValueKind);
            Assert.Equal(0, document.GetProperty("errors").GetArrayLength());
            Assert.True(document.GetProperty("elapsedMs").GetInt64() >= 0);
            var outputs = document.GetProperty("outputs").EnumerateArray().ToList();
            Assert.Equal(["html", "pdf"], outputs.Select(o => o.GetProperty("format").GetString()));
            foreach (var output in outputs)
            {
                var file = output.GetProperty("path").GetString()!;
                Assert.True(File.Exists(file), file);
                Assert.Equal(new FileInfo(file).Length, output.GetProperty("bytes").GetInt64());
                Assert.Matches("^[0-9a-f]{64}$", output.GetProperty("sha256").GetString());
            }
            Assert.True(outputs[1].GetProperty("pages").GetInt32() >= 1);
            Assert.False(outputs[0].TryGetProperty("pages", out _));
        }

        // The source's own article carries a warning (the dropped photo credit): file, line and rule are given.
        var warning = documents.SelectMany(d => d.GetProperty("warnings").EnumerateArray()).First();
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.False(string.IsNullOrEmpty(warning.GetProperty("rule").GetString()));
        Assert.EndsWith(".txt", warning.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(warning.GetProperty("message").GetString()));
    }

    [Fact]
    public void Fail_on_warning_turns_warnings_into_exit_1_and_the_cache_does_not_hide_them()
    {
        Assert.Equal(0, _corpus.Export("-f", "html").Exit);
        Assert.Equal(1, _corpus.Export("-f", "html", "--fail-on", "warning").Exit);
        Assert.Equal(0, _corpus.Export("-f", "html", "--fail-on", "error").Exit);
    }

    [Fact]
    public void Quiet_prints_no_progress_but_still_prints_problems()
    {
        var (exit, stdout, stderr) = _corpus.Export("-f", "html", "--quiet");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("->", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/3]", stderr, StringComparison.Ordinal);
        Assert.Contains("warning:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_progress_prints_a_line_per_document_and_a_summary()
    {
        var (_, _, stderr) = _corpus.Export("-f", "html", "--jobs", "1");
        Assert.Contains("[1/3] ok", stderr, StringComparison.Ordinal);
        Assert.Contains("[3/3] ok", stderr, StringComparison.Ordinal);
        Assert.Contains("3 documents: 3 exported, 0 up to date, 0 failed; 3 files written", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Jobs_below_one_is_a_usage_error()
    {
        var (exit, _, stderr) = _corpus.Export("--jobs", "0");
        Assert.Equal(2, exit);
        Assert.Contains("--jobs takes a whole number from 1 to 1024", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_annotations_carry_file_line_and_rule_with_escaping()
    {
        var here = Directory.GetCurrentDirectory();
        var diagnostic = new Diagnostic(Severity.Warning, "reader.debris-dropped", "dropped 50% of\nline: a, b",
            Path.Combine(here, "content", "a.txt"), 7);

        Assert.Equal("::warning file=content/a.txt,line=7,title=reader.debris-dropped::dropped 50%25 of%0Aline: a, b",
            GitHubAnnotations.Format(diagnostic, here));
        Assert.Equal("::error title=x%3Ay%2Cz::m (do this)",
            GitHubAnnotations.Format(new Diagnostic(Severity.Error, "x:y,z", "m", Suggestion: "do this"), here));
    }
}
