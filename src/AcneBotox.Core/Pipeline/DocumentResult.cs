using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline;

/// <summary>The outcome of exporting one input.</summary>
public sealed record DocumentResult(
    string Source,
    string? Sha256,
    DocumentStatus Status,
    IReadOnlyList<OutputFile> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed);
