namespace AcneBotox.Pdf.Layout;

/// <summary>A QR code drawn as squares: <see cref="Dark"/>[row][column] is true for a dark module, quiet zone included.</summary>
internal sealed record QrPiece(StructNode Figure, IReadOnlyList<bool[]> Dark, double X, double Top, double Size) : Piece(Figure);
