namespace AcneBotox.Pdf.Layout;

/// <summary>One line of text placed in a slice.</summary>
/// <param name="X">Left edge relative to the body column.</param>
/// <param name="Top">Top of the line box relative to the slice top.</param>
/// <param name="Height">Height of the line box (font size times line height).</param>
/// <param name="Line">The text.</param>
internal sealed record PlacedLine(double X, double Top, double Height, TextLine Line);
