namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Something drawn inside a slice, relative to the slice's top left corner on the body column.
/// <see cref="Node"/> is the structure element it belongs to, or <c>null</c> for an artifact.
/// </summary>
internal abstract record Piece(StructNode? Node);

/// <summary>Lines of text; each line's top is <see cref="PlacedLine.Top"/> below the slice's top.</summary>
internal sealed record TextPiece(StructNode? Node, IReadOnlyList<PlacedLine> Lines) : Piece(Node);

/// <summary>A picture scaled into a box.</summary>
internal sealed record ImagePiece(StructNode? Node, Core.Resources.ImageResource Image, double X, double Top, double Width, double Height) : Piece(Node);

/// <summary>A horizontal rule (always an artifact).</summary>
internal sealed record RulePiece(double X, double Top, double Width, double Thickness, uint Color) : Piece((StructNode?)null);

/// <summary>A filled and/or stroked rectangle (always an artifact), e.g. a table header background.</summary>
internal sealed record BoxPiece(double X, double Top, double Width, double Height, uint? Fill, uint? Stroke) : Piece((StructNode?)null);

/// <summary>One line of text placed in a slice.</summary>
/// <param name="X">Left edge relative to the body column.</param>
/// <param name="Top">Top of the line box relative to the slice top.</param>
/// <param name="Height">Height of the line box (font size times line height).</param>
/// <param name="Line">The text.</param>
internal sealed record PlacedLine(double X, double Top, double Height, TextLine Line);
