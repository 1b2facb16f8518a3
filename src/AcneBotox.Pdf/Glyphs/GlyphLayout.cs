using AcneBotox.Pdf.Fonts;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// The one place text becomes glyphs: splits it by font (fallback chain), shapes each piece and orders the pieces
/// for drawing. Measuring and drawing both call it, so the widths the line breaker saw are the widths drawn.
/// </summary>
internal sealed class GlyphLayout(FontChain chain)
{
    private readonly Dictionary<(string, FontKind), IReadOnlyList<ShapedRun>> _cache = [];

    /// <summary>The fonts this layout draws with.</summary>
    public FontChain Chain { get; } = chain;

    /// <summary>The shaped runs of <paramref name="text"/> in drawing order (left to right).</summary>
    public IReadOnlyList<ShapedRun> Shape(string text, FontKind kind)
    {
        if (_cache.TryGetValue((text, kind), out var cached)) return cached;
        var runs = new List<ShapedRun>();
        foreach (var (face, start, length) in Chain.Itemize(text, kind))
        {
            var piece = text.Substring(start, length);
            runs.Add(TextShaper.Shape(face, piece, StartsRightToLeft(piece)));
        }
        if (text.Length <= 256) _cache[(text, kind)] = runs;
        return runs;
    }

    /// <summary>The advance of <paramref name="text"/> in points.</summary>
    public double Width(string text, FontKind kind, double size)
    {
        var width = 0.0;
        foreach (var run in Shape(text, kind)) width += run.Width(size);
        return width;
    }

    // A piece whose first strong character is Arabic or Hebrew is shaped right to left.
    private static bool StartsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') return true;
            if (char.IsLetter(c)) return false;
        }
        return false;
    }
}
