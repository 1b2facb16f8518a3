using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Translations;

namespace AcneBotox.Cli;

/// <summary>
/// Which of a document's diagnostics the export prints: never those the baseline accepted; of an up-to-date
/// (cached) document only its errors and the findings worked out anew on each run (a stale translation), since its
/// other warnings were printed when it was exported, unless <c>--verbose</c>. What is held back is summed up in one line.
/// </summary>
internal sealed class DiagnosticsShown(Baseline baseline, bool verbose)
{
    /// <summary>The diagnostics of <paramref name="result"/> to print.</summary>
    public IReadOnlyList<Diagnostic> For(DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fresh = baseline.Split(result.Source, result.Diagnostics).New;
        return [.. fresh.Where(d => !HeldBack(result, d))];
    }

    /// <summary>The line about what up-to-date documents did not repeat, or <c>null</c> when nothing was held back.</summary>
    public string? NotRepeated(IEnumerable<DocumentResult> results)
    {
        var held = results
            .Select(r => baseline.Split(r.Source, r.Diagnostics).New.Count(d => HeldBack(r, d)))
            .Where(count => count > 0)
            .ToList();
        if (held.Count == 0) return null;
        return $"{Counted.Of(held.Count, "up-to-date document")} {(held.Count == 1 ? "has" : "have")} {Counted.Of(held.Sum(), "finding")} printed when exported, not repeated (--verbose lists them)";
    }

    private bool HeldBack(DocumentResult result, Diagnostic diagnostic) =>
        !verbose && result.Status == DocumentStatus.Skipped && diagnostic.Severity != Severity.Error
        && !TranslationIndex.IsOwnFinding(diagnostic);
}
