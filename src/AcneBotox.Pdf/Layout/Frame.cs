namespace AcneBotox.Pdf.Layout;

/// <summary>Where blocks are laid out: a column, the structure element they belong to and the boxes around them.</summary>
/// <param name="X">Left edge relative to the body column.</param>
/// <param name="Width">Available width.</param>
/// <param name="Parent">The enclosing structure element, <c>null</c> at the top level.</param>
/// <param name="Decorations">The callout/quote boxes around this column, outermost first.</param>
/// <param name="ListDepth">How many lists enclose this column (chooses the bullet).</param>
internal sealed record Frame(double X, double Width, StructNode? Parent, IReadOnlyList<Decoration> Decorations, int ListDepth);
