namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// Text in one face after shaping: glyphs in visual (left-to-right drawing) order with clusters pointing back
/// into <see cref="Text"/>, so the text can be recovered in logical order.
/// </summary>
internal sealed class ShapedRun(FontFace face, string text, bool rightToLeft, IReadOnlyList<ShapedGlyph> glyphs)
{
    /// <summary>The face the glyphs belong to.</summary>
    public FontFace Face { get; } = face;

    /// <summary>The source text of the run, in logical order.</summary>
    public string Text { get; } = text;

    /// <summary>True when the run was shaped right to left (glyphs come last character first).</summary>
    public bool RightToLeft { get; } = rightToLeft;

    /// <summary>The glyphs in drawing order.</summary>
    public IReadOnlyList<ShapedGlyph> Glyphs { get; } = glyphs;

    /// <summary>The total advance in font units.</summary>
    public int Advance { get; } = glyphs.Sum(g => g.Advance);

    /// <summary>The advance in points at <paramref name="size"/>.</summary>
    public double Width(double size) => Advance * size / Face.UnitsPerEm;
}
