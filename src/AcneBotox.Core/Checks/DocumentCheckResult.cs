using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Checks;

/// <summary>What checking one input found.</summary>
/// <param name="Source">The input path as given.</param>
/// <param name="Title">The document title, or <c>null</c> when it could not be read.</param>
/// <param name="Readability">The scores, or <c>null</c> when the document could not be read.</param>
/// <param name="Findings">Reader diagnostics, then every check's findings, in order.</param>
public sealed record DocumentCheckResult(
    string Source,
    string? Title,
    ReadabilityAnalysis? Readability,
    IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>True when the document could not be read or a finding is an error.</summary>
    public bool Failed => Readability is null || Findings.Any(f => f.Severity == Severity.Error);
}
