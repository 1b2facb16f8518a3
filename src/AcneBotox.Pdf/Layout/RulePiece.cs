namespace AcneBotox.Pdf.Layout;

/// <summary>A horizontal rule (always an artifact).</summary>
internal sealed record RulePiece(double X, double Top, double Width, double Thickness, uint Color) : Piece((StructNode?)null);
