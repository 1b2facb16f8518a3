using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline;

/// <summary>The outcome of exporting one input.</summary>
/// <param name="Source">The input path as given.</param>
/// <param name="Sha256">The input's SHA-256, when it was read.</param>
/// <param name="Status">What happened.</param>
/// <param name="Outputs">The files written.</param>
/// <param name="Diagnostics">Every message about the input.</param>
/// <param name="Elapsed">How long it took.</param>
/// <param name="Failure">The exception behind a failure, shown only with <c>--verbose</c>.</param>
/// <param name="Title">The document title, when the document was read (for the batch index page).</param>
/// <param name="ReadingGrade">The body text's Flesch-Kincaid grade, when the document was read and has body text.</param>
public sealed record DocumentResult(
    string Source,
    string? Sha256,
    DocumentStatus Status,
    IReadOnlyList<OutputFile> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed,
    Exception? Failure = null,
    string? Title = null,
    double? ReadingGrade = null);
