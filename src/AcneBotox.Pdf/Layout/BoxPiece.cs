namespace AcneBotox.Pdf.Layout;

/// <summary>A filled and/or stroked rectangle (always an artifact), e.g. a table header background.</summary>
internal sealed record BoxPiece(double X, double Top, double Width, double Height, uint? Fill, uint? Stroke) : Piece((StructNode?)null);
