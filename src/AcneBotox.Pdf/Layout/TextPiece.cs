namespace AcneBotox.Pdf.Layout;

/// <summary>Lines of text; each line's top is <see cref="PlacedLine.Top"/> below the slice's top.</summary>
internal sealed record TextPiece(StructNode? Node, IReadOnlyList<PlacedLine> Lines) : Piece(Node);
