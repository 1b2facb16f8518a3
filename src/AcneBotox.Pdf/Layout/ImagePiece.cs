namespace AcneBotox.Pdf.Layout;

/// <summary>A picture scaled into a box.</summary>
internal sealed record ImagePiece(StructNode? Node, Core.Resources.ImageResource Image, double X, double Top, double Width, double Height) : Piece(Node);
