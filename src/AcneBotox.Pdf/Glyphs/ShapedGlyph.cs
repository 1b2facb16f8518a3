namespace AcneBotox.Pdf.Glyphs;

/// <summary>One positioned glyph, all values in font units.</summary>
/// <param name="Glyph">The glyph id in its face.</param>
/// <param name="Cluster">Index in the run's text of the first character this glyph was shaped from.</param>
/// <param name="Advance">How far the pen moves after the glyph (kerning included).</param>
/// <param name="OffsetX">Horizontal shift of this glyph only (mark positioning).</param>
/// <param name="OffsetY">Vertical shift of this glyph only, upwards.</param>
internal readonly record struct ShapedGlyph(uint Glyph, int Cluster, int Advance, int OffsetX, int OffsetY);
