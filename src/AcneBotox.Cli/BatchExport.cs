using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Cli;

/// <summary>Runs an export batch for the CLI: progress, diagnostics, CI annotations, the JSON report and the exit code.</summary>
internal sealed class BatchExport(TextWriter stdout, TextWriter stderr, bool verbose = false)
{
    /// <summary>Exports <paramref name="items"/> and returns the exit code.</summary>
    public int Run(Toolchain toolchain, ExportOptions options, IReadOnlyList<BatchItem> items, BatchRequest request)
    {
        var shard = request.Shard is null ? null : ShardSpec.Parse(request.Shard);
        var runner = new BatchRunner(toolchain, options, new BatchSettings(request.Jobs, request.Force, shard));
        var here = Environment.CurrentDirectory;

        BatchOutcome outcome;
        if (!request.Quiet && SpectreProgress.Usable(stderr))
        {
            outcome = SpectreProgress.Run(runner, items);
            // Printed after the bar, which would otherwise redraw over them.
            foreach (var result in outcome.Results) WriteDiagnostics(result, stdout, stderr, here, verbose);
        }
        else
        {
            outcome = runner.Run(items, new LineProgress(stdout, stderr, request.Quiet, here, verbose));
        }

        foreach (var warning in outcome.Warnings)
        {
            stderr.WriteLine(warning);
            if (GitHubAnnotations.Enabled) stdout.WriteLine(GitHubAnnotations.Format(warning, here));
        }
        // Under --shard each shard would overwrite the others' page with its own slice, so only a whole run writes it.
        if (shard is null && IndexPage.WriteFile(outcome, options) is { } skipped && !request.Quiet)
            stderr.WriteLine($"note: {IndexPage.FileName} not written: {skipped}");
        if (request.ReportPath is { } reportPath) BatchReport.WriteFile(reportPath, outcome, shard, here);
        if (!request.Quiet) stderr.WriteLine(Summary(outcome, shard));

        StageTrace.Mark("index page and report written");
        var threshold = SharedOptions.Threshold(request.FailOn);
        var fail = outcome.Results.Any(r => r.Status == DocumentStatus.Failed || r.Diagnostics.Any(d => d.Severity >= threshold));
        return fail ? CliApp.ExitDocumentFailed : CliApp.ExitOk;
    }

    /// <summary>Prints a document's diagnostics on stderr, and as workflow commands on stdout inside GitHub Actions.</summary>
    public static void WriteDiagnostics(DocumentResult result, TextWriter stdout, TextWriter stderr, string relativeTo, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
            if (GitHubAnnotations.Enabled) stdout.WriteLine(GitHubAnnotations.Format(diagnostic, relativeTo));
        }
        // --verbose: the exception behind an internal error, for the bug report.
        if (verbose && result.Failure is { } failure) CliApp.WriteDetails(stderr, failure);
    }

    private static string Summary(BatchOutcome outcome, ShardSpec? shard)
    {
        var results = outcome.Results;
        int Count(DocumentStatus status) => results.Count(r => r.Status == status);
        var where = shard is null ? "" : $" (shard {shard})";
        var written = results.Where(r => r.Status == DocumentStatus.Ok).Sum(r => r.Outputs.Count);
        var cleaned = outcome.CleanedTemporaries > 0
            ? $"; removed {outcome.CleanedTemporaries} temporary files of an interrupted run"
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} documents{where}: {Count(DocumentStatus.Ok)} exported, {Count(DocumentStatus.Skipped)} up to date, {Count(DocumentStatus.Failed)} failed; {written} files written in {outcome.Elapsed.TotalSeconds:0.0} s{cleaned}");
    }
}
