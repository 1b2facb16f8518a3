using System.Globalization;
using System.Text;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// Writes the numbers and glyph ids of a content stream straight into its text, formatted in place: a page draws
/// thousands of glyphs, and a formatted string per glyph (or per number) made most of the garbage a PDF left behind.
/// </summary>
internal static class ContentText
{
    /// <summary>A number as content streams take it: at most three decimals, no exponent, invariant (<c>0.###</c>).</summary>
    public static StringBuilder Number(this StringBuilder content, double value)
    {
        Span<char> digits = stackalloc char[64];
        return value.TryFormat(digits, out var written, "0.###", CultureInfo.InvariantCulture)
            ? content.Append(digits[..written])
            : content.Append(value.ToString("0.###", CultureInfo.InvariantCulture));
    }

    /// <summary>A glyph id as a two-byte hex string operand (<c>&lt;00A3&gt;</c>).</summary>
    public static StringBuilder GlyphId(this StringBuilder content, uint glyph)
    {
        Span<char> digits = stackalloc char[10];
        glyph.TryFormat(digits, out var written, "X4", CultureInfo.InvariantCulture);
        return content.Append('<').Append(digits[..written]).Append('>');
    }

    /// <summary>The fill colour operator for 0xRRGGBB (<c>r g b rg</c>, each channel 0 to 1).</summary>
    public static StringBuilder FillColor(this StringBuilder content, uint rgb) =>
        content.Number(((rgb >> 16) & 0xFF) / 255.0).Append(' ').Number(((rgb >> 8) & 0xFF) / 255.0).Append(' ').Number((rgb & 0xFF) / 255.0).Append(" rg");

    /// <summary>A text matrix that only moves the origin to (<paramref name="x"/>, <paramref name="y"/>): <c>1 0 0 1 x y Tm</c>.</summary>
    public static StringBuilder TextOrigin(this StringBuilder content, double x, double y) =>
        content.Append("1 0 0 1 ").Number(x).Append(' ').Number(y).Append(" Tm");
}
