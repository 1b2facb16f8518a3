using AcneBotox.Pdf.Glyphs;

namespace AcneBotox.Pdf.Rendering;

/// <summary>One glyph of a line, in drawing (logical) order, at its place on the page.</summary>
/// <param name="Face">The face the glyph belongs to.</param>
/// <param name="Glyph">The glyph id.</param>
/// <param name="Text">The source text it stands for (empty for the later glyphs of a cluster).</param>
/// <param name="X">Where its origin is, offset included, in points from the page's left edge.</param>
/// <param name="Baseline">Its baseline (offset included), in points from the page's top.</param>
/// <param name="Size">The font size in points.</param>
/// <param name="Color">Its colour as 0xRRGGBB.</param>
/// <param name="Invisible">True for a letter that is there for text extraction only (drawn in text rendering mode 3).</param>
internal sealed record PlacedGlyph(FontFace Face, uint Glyph, string Text, double X, double Baseline, double Size, uint Color, bool Invisible = false)
{
    /// <summary>True when the glyph is drawn off its baseline or pen position (a mark), so it needs its own text matrix.</summary>
    public bool Shifted { get; init; }
}
