using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Findings;

/// <summary>
/// Why a run exits as it does, in one line for the end of its output: "exit 1: 20 warnings and --fail-on warning",
/// "exit 1: 1 document failed", "exit 0: 3 warnings, which fail the run only with --fail-on warning". Only findings
/// the baseline does not hold count; the accepted ones are named so the numbers add up.
/// </summary>
/// <param name="Failed">Documents that failed.</param>
/// <param name="Errors">Errors of the documents that did not fail.</param>
/// <param name="Warnings">New warnings (not in the baseline).</param>
/// <param name="Accepted">Warnings the baseline accepted.</param>
/// <param name="FailOn">The lowest severity that fails the run.</param>
public sealed record RunVerdict(int Failed, int Errors, int Warnings, int Accepted, Severity FailOn)
{
    /// <summary>Exit code 1 (something failed, or findings at <see cref="FailOn"/>) or 0.</summary>
    public int ExitCode => Failed > 0 || Errors > 0 || (FailOn == Severity.Warning && Warnings > 0) ? 1 : 0;

    /// <summary>The verdict for documents' new diagnostics (<paramref name="documents"/>: whether each failed, and its diagnostics not in the baseline) and failures.</summary>
    public static RunVerdict Of(IEnumerable<(bool Failed, IReadOnlyList<Diagnostic> New)> documents, int accepted, Severity failOn)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int failed = 0, errors = 0, warnings = 0;
        foreach (var (isFailed, fresh) in documents)
        {
            if (isFailed) failed++;
            else errors += fresh.CountOf(Severity.Error);
            warnings += fresh.CountOf(Severity.Warning);
        }
        return new RunVerdict(failed, errors, warnings, accepted, failOn);
    }

    /// <summary>
    /// The verdict for documents split against the baseline (<paramref name="documents"/>: whether each failed, and
    /// its split), taking one at a time: a batch's splits held together would hold all its findings at once.
    /// </summary>
    public static RunVerdict Of(IEnumerable<(bool Failed, BaselineSplit Split)> documents, Severity failOn)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var accepted = 0;
        var verdict = Of(documents.Select(document =>
        {
            accepted += document.Split.Accepted.Count;
            return (document.Failed, document.Split.New);
        }), 0, failOn);
        return verdict with { Accepted = accepted };
    }

    /// <summary>The line, e.g. <c>exit 1: 1 new warning and --fail-on warning (16 accepted in the baseline)</c>.</summary>
    public override string ToString()
    {
        var adjective = Accepted > 0 ? "new " : "";
        var warnings = Counted.Of(Warnings, adjective + "warning");
        var accepted = Accepted > 0 ? $" ({Counted.Of(Accepted, "warning")} accepted in the baseline)" : "";
        if (Failed > 0) return $"exit 1: {Counted.Of(Failed, "document")} failed{accepted}";
        if (Errors > 0) return $"exit 1: {Counted.Of(Errors, "error")}{accepted}";
        if (Warnings > 0 && FailOn == Severity.Warning) return $"exit 1: {warnings} and --fail-on warning{accepted}";
        if (Warnings > 0) return $"exit 0: {warnings}, which fail the run only with --fail-on warning{accepted}";
        return $"exit 0: no {adjective}warnings{accepted}";
    }
}
