using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Cli;

/// <summary>Runs an export batch for the CLI: progress, diagnostics, CI annotations, the JSON report and the exit code.</summary>
internal sealed class BatchExport(TextWriter stdout, TextWriter stderr, bool verbose = false)
{
    /// <summary>Exports <paramref name="items"/> and returns the exit code.</summary>
    /// <param name="toolchain">Readers, checks and writers.</param>
    /// <param name="options">What to produce.</param>
    /// <param name="items">The inputs.</param>
    /// <param name="request">The batch switches.</param>
    /// <param name="baseline">The accepted warnings: not printed, not counted by <c>--fail-on</c>.</param>
    /// <param name="baselinePath">Where the baseline lives, for the summary.</param>
    public int Run(Toolchain toolchain, ExportOptions options, IReadOnlyList<BatchItem> items, BatchRequest request,
        Baseline baseline, string baselinePath)
    {
        var shard = request.Shard is null ? null : ShardSpec.Parse(request.Shard);
        var runner = new BatchRunner(toolchain, options, new BatchSettings(request.Jobs, request.Force, shard));
        var here = Environment.CurrentDirectory;
        var shown = new DiagnosticsShown(baseline, verbose);

        // The page, the report and the verdict each read the results on their own, while the cache file is written:
        // the page on another core, instead of the run's end queueing on one.
        string? indexPageSkipped = null;
        RunVerdict? verdict = null;
        void Close(BatchOutcome outcome)
        {
            // Under --shard each shard would overwrite the others' page with its own slice, so only a whole run writes it.
            var indexPage = shard is null ? Task.Run(() => IndexPage.WriteFile(outcome, options)) : Task.FromResult<string?>(null);
            if (request.ReportPath is { } reportPath) BatchReport.WriteFile(reportPath, outcome, shard, here);
            verdict = RunVerdict.Of(outcome.Results.Select(r => (r.Status == DocumentStatus.Failed, baseline.Split(r.Source, r.Diagnostics))),
                SharedOptions.Threshold(request.FailOn));
            indexPageSkipped = indexPage.GetAwaiter().GetResult();
            StageTrace.Mark("index page, report and verdict done");
        }

        BatchOutcome outcome;
        if (!request.Quiet && SpectreProgress.Usable(stderr))
        {
            outcome = SpectreProgress.Run(runner, items, Close);
            // Printed after the bar, which would otherwise redraw over them.
            foreach (var result in outcome.Results) WriteDiagnostics(result, shown.For(result), stdout, stderr, here, verbose);
        }
        else
        {
            outcome = runner.Run(items, new LineProgress(stdout, stderr, request.Quiet, here, verbose, shown.For), Close);
        }

        foreach (var warning in outcome.Warnings)
        {
            stderr.WriteLine(warning);
            if (GitHubAnnotations.Enabled) stdout.WriteLine(GitHubAnnotations.Format(warning, here));
        }
        if (verdict is null) throw new InvalidOperationException("the batch ended without its verdict");
        var accepted = verdict.Accepted;
        if (indexPageSkipped is { } skipped && !request.Quiet)
            stderr.WriteLine($"note: {IndexPage.FileName} not written: {skipped}");
        if (!request.Quiet)
        {
            stderr.WriteLine(Summary(outcome, shard));
            if (shown.NotRepeated(outcome.Results) is { } notRepeated) stderr.WriteLine(notRepeated);
            if (accepted > 0)
                stderr.WriteLine($"{Counted.Of(accepted, "warning")} accepted in {ConsoleText.Path(Path.GetRelativePath(here, baselinePath))}, not shown");
        }
        if (!request.Quiet || verdict.ExitCode != 0) stderr.WriteLine(verdict);
        return verdict.ExitCode == 0 ? CliApp.ExitOk : CliApp.ExitDocumentFailed;
    }

    /// <summary>Prints <paramref name="diagnostics"/> of a document on stderr, and as workflow commands on stdout inside GitHub Actions.</summary>
    public static void WriteDiagnostics(DocumentResult result, IReadOnlyList<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr,
        string relativeTo, bool verbose = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
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
            ? $"; removed {Counted.Of(outcome.CleanedTemporaries, "temporary file")} of an interrupted run"
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Counted.Of(results.Count, "document")}{where}: {Count(DocumentStatus.Ok)} exported, {Count(DocumentStatus.Skipped)} up to date, {Count(DocumentStatus.Failed)} failed; {Counted.Of(written, "file")} written in {outcome.Elapsed.TotalSeconds:0.0} s{cleaned}");
    }
}
