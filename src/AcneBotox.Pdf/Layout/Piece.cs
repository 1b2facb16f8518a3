namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Something drawn inside a slice, relative to the slice's top left corner on the body column.
/// <see cref="Node"/> is the structure element it belongs to, or <c>null</c> for an artifact.
/// </summary>
internal abstract record Piece(StructNode? Node);
