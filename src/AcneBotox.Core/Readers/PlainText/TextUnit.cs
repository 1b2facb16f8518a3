namespace AcneBotox.Core.Readers.PlainText;

/// <summary>A run of lines that becomes one block (or, for a list, one list).</summary>
/// <param name="Kind">How the lines were recognised.</param>
/// <param name="Lines">The lines, in order; never empty.</param>
internal sealed record TextUnit(TextUnitKind Kind, List<TextLine> Lines);
