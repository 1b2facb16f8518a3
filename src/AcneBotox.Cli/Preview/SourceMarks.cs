using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Cli.Preview;

/// <summary>Where the checks' findings sit in one source text.</summary>
/// <param name="Spans">The stretches of text to mark (sentences, words).</param>
/// <param name="ByLine">The findings that name a line, by 1-based line.</param>
/// <param name="WholeDocument">The findings about the document as a whole (no line, or a line the text does not have).</param>
internal sealed record SourceMarks(
    IReadOnlyList<SourceSpan> Spans,
    IReadOnlyDictionary<int, IReadOnlyList<Diagnostic>> ByLine,
    IReadOnlyList<Diagnostic> WholeDocument);
