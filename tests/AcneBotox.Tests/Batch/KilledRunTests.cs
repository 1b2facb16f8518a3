using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using AcneBotox.Cli;

namespace AcneBotox.Tests.Batch;

/// <summary>
/// A real child process is killed (SIGKILL) in the middle of an export: every file under a final name must
/// be complete, and the next run must clean up and finish the job.
/// </summary>
public sealed class KilledRunTests : IDisposable
{
    private const int Articles = 300;
    private readonly BatchCorpus _corpus = new(Articles);

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Kill_9_mid_run_leaves_no_broken_file_and_the_next_run_completes()
    {
        var cli = typeof(CliApp).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "export", _corpus.Content, "-o", _corpus.Output, "--jobs", "2", "--quiet" })
            start.ArgumentList.Add(arg);

        using (var child = Process.Start(start)!)
        {
            child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var clock = Stopwatch.StartNew();
            while (FinalOutputs().Count < 20 && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(20);
            Assert.False(child.HasExited, "the export finished before it could be killed; the corpus is too small");
            child.Kill(entireProcessTree: true); // SIGKILL on Unix: no finally blocks, no flushing.
            child.WaitForExit();
        }

        var afterKill = FinalOutputs();
        Assert.NotEmpty(afterKill);
        Assert.True(afterKill.Count < Articles * 2, "the run was killed before it finished");
        foreach (var file in afterKill) AssertComplete(file);
        Assert.False(File.Exists(Path.Combine(_corpus.Output, ".acnebotox.cache.json")),
            "the cache is written last, after every output");

        var report = Path.Combine(_corpus.Root, "report.json");
        var (exit, _, stderr) = _corpus.Export("--report", report, "--quiet");

        Assert.True(exit == 0, stderr);
        Assert.Empty(Directory.GetFiles(_corpus.Output, "*.tmp"));
        var outputs = FinalOutputs();
        var formats = RunReport.Load(report).RootElement.GetProperty("formats").GetArrayLength();
        // Every article in every format, and the batch index page, written after them.
        Assert.Equal(Articles * formats + 1, outputs.Count);
        Assert.Contains(outputs, f => Path.GetFileName(f) == AcneBotox.Core.Pipeline.Batch.IndexPage.FileName);
        foreach (var file in outputs) AssertComplete(file);
        Assert.Equal(Articles, RunReport.Statuses(report).Count);
    }

    private List<string> FinalOutputs() =>
        Directory.Exists(_corpus.Output)
            ? [.. Directory.GetFiles(_corpus.Output).Where(f => !Path.GetFileName(f).StartsWith('.'))]
            : [];

    private static void AssertComplete(string file)
    {
        var bytes = File.ReadAllBytes(file);
        switch (Path.GetExtension(file))
        {
            case ".html":
                Assert.EndsWith("</html>", Encoding.UTF8.GetString(bytes).TrimEnd(), StringComparison.Ordinal);
                break;
            case ".pdf":
                Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
                Assert.EndsWith("%%EOF", Encoding.ASCII.GetString(bytes).TrimEnd(), StringComparison.Ordinal);
                using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes)) Assert.True(pdf.NumberOfPages >= 1, file);
                break;
            case ".docx":
                using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
                    Assert.NotNull(zip.GetEntry("word/document.xml"));
                break;
            default:
                Assert.Fail($"unexpected output {file}");
                break;
        }
    }
}
