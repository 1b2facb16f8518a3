using AcneBotox.Pdf.Layout;

namespace AcneBotox.Pdf.Rendering;

/// <summary>One piece of a line for <see cref="GlyphPainter"/>: its text in logical order, style, left end and baseline (points from the page's top left).</summary>
internal readonly record struct GlyphPiece(string Text, TextStyle Style, double X, double Baseline);
