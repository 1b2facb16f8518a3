using AcneBotox.Pdf.Glyphs;
using AcneBotox.Pdf.Layout;

namespace AcneBotox.Pdf.Rendering;

/// <summary>Measures text by its shaped glyphs (kerning, ligatures, fallback fonts), exactly as it will be drawn.</summary>
internal sealed class PdfTextMeasurer(GlyphLayout glyphs) : ITextMeasurer
{
    /// <summary>The glyph layout measured with.</summary>
    public GlyphLayout Glyphs { get; } = glyphs;

    /// <inheritdoc />
    public double Width(string text, TextStyle style) => text.Length == 0 ? 0 : Glyphs.Width(text, style.Font, style.Size);
}
