using AcneBotox.Core.Composition;
using AcneBotox.Cli;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Sandbox;

/// <summary>No stack trace reaches the user unless asked for; our own bugs fail one document, not the run.</summary>
public sealed class CliErrorDisciplineTests
{
    [Fact]
    public void An_unexpected_exception_is_one_line_with_exit_2_and_a_report_hint()
    {
        var stderr = new StringWriter();
        var exit = CliApp.ReportFailure(MakeThrown(new InvalidOperationException("boom\nsecond line")), stderr, showDetails: false);
        Assert.Equal(CliApp.ExitUsage, exit);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: internal error: InvalidOperationException: boom second line", line, StringComparison.Ordinal);
        Assert.Contains("please report", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var stderr = new StringWriter();
        CliApp.ReportFailure(MakeThrown(new InvalidOperationException("boom")), stderr, showDetails: true);
        Assert.Contains("   at ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_and_environment_problems_exit_2_without_a_trace()
    {
        var stderr = new StringWriter();
        Assert.Equal(CliApp.ExitUsage, CliApp.ReportFailure(MakeThrown(new UnauthorizedAccessException("Access to the path '/x' is denied.")), stderr, false));
        Assert.Equal(CliApp.ExitUsage, CliApp.ReportFailure(MakeThrown(new UsageException("x: error: no such file or folder")), stderr, false));
        Assert.DoesNotContain("   at ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Verbose_is_accepted_before_and_after_the_subcommand()
    {
        Assert.Equal(CliApp.ExitUsage, CliRunner.Run("--verbose", "export", "/nonexistent/article.txt").ExitCode);
        var outcome = CliRunner.Run("export", "/nonexistent/article.txt", "-v");
        Assert.Equal(CliApp.ExitUsage, outcome.ExitCode);
        Assert.Contains("/nonexistent/article.txt: error: no such file or folder", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_crashing_writer_fails_its_document_with_internal_error_and_keeps_the_exception_for_verbose()
    {
        var toolchain = new Toolchain();
        toolchain.Readers.Add(new PlainTextReader());
        toolchain.Writers.Add(new CrashingWriter());
        var output = Directory.CreateTempSubdirectory("acnebotox-crash-").FullName;
        try
        {
            var result = new DocumentExporter(toolchain, new ExportOptions(output, ["crash"], new HandoutSettings())).Export(TestPaths.Seed);
            Assert.Equal(DocumentStatus.Failed, result.Status);
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Contains("please report", error.Suggestion, StringComparison.Ordinal);
            Assert.IsType<ArgumentOutOfRangeException>(result.Failure);
            Assert.Empty(Directory.GetFiles(output));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void A_crashing_reader_fails_its_document_with_internal_error()
    {
        var toolchain = new Toolchain();
        toolchain.Readers.Add(new CrashingReader());
        var result = new DocumentExporter(toolchain, new ExportOptions(Path.GetTempPath(), [], new HandoutSettings())).Export(TestPaths.Seed);
        Assert.Equal(DocumentStatus.Failed, result.Status);
        Assert.Equal(DocumentExporter.InternalErrorRule, Assert.Single(result.Diagnostics).Rule);
        Assert.DoesNotContain('\n', result.Diagnostics[0].ToString());
    }

    [Fact]
    public void Max_input_bytes_on_the_command_line_overrides_the_settings()
    {
        var outcome = CliRunner.Run("export", TestPaths.Seed, "-o", Path.Combine(Path.GetTempPath(), "acnebotox-never-written"), "--max-input-bytes", "100");
        Assert.Equal(CliApp.ExitDocumentFailed, outcome.ExitCode);
        Assert.Contains("over the limit of 100", outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(CliApp.ExitUsage, CliRunner.Run("export", TestPaths.Seed, "--max-input-bytes", "0").ExitCode);
    }

    private static Exception MakeThrown(Exception e)
    {
        try
        {
            throw e;
        }
        catch (Exception thrown)
        {
            return thrown;
        }
    }

    private sealed class CrashingWriter : IDocumentWriter
    {
        public string Format => "crash";

        public string Extension => "crash";

        public WriteResult Write(ComposedHandout handout, RenderContext context, Stream output) =>
            throw new ArgumentOutOfRangeException(nameof(handout), "a writer bug");
    }

    private sealed class CrashingReader : Core.Readers.IDocumentReader
    {
        public string Name => "crash";

        public IReadOnlyList<string> Extensions { get; } = [".txt"];

        public Document Read(Core.Readers.SourceFile source, DiagnosticBag diagnostics) =>
            throw new InvalidOperationException("a reader bug\nwith two lines");
    }
}
