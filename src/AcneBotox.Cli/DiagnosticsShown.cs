using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;
using AcneBotox.Core.Pipeline;

namespace AcneBotox.Cli;

/// <summary>
/// Which of a document's diagnostics the export prints: never those the baseline accepted; of an up-to-date
/// (cached) document only its errors, since its warnings were printed when it was exported, unless
/// <c>--verbose</c>. What is held back is summed up in one line.
/// </summary>
internal sealed class DiagnosticsShown(Baseline baseline, bool verbose)
{
    /// <summary>The diagnostics of <paramref name="result"/> to print.</summary>
    public IReadOnlyList<Diagnostic> For(DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fresh = baseline.Split(result.Source, result.Diagnostics).New;
        return result.Status == DocumentStatus.Skipped && !verbose ? [.. fresh.Where(d => d.Severity == Severity.Error)] : fresh;
    }

    /// <summary>The line about what up-to-date documents did not repeat, or <c>null</c> when nothing was held back.</summary>
    public string? NotRepeated(IEnumerable<DocumentResult> results)
    {
        if (verbose) return null;
        var cached = results.Where(r => r.Status == DocumentStatus.Skipped).ToList();
        var held = cached.Sum(r => baseline.Split(r.Source, r.Diagnostics).New.Count(d => d.Severity != Severity.Error));
        if (held == 0) return null;
        var documents = cached.Count(r => baseline.Split(r.Source, r.Diagnostics).New.Any(d => d.Severity != Severity.Error));
        return $"{Counted.Of(documents, "up-to-date document")} {(documents == 1 ? "has" : "have")} {Counted.Of(held, "finding")} printed when exported, not repeated (--verbose lists them)";
    }
}
