using AcneBotox.Pdf.Fonts;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// The one place text becomes glyphs: splits it by font (fallback chain), shapes each piece and orders the pieces
/// for drawing. Measuring and drawing both call it, so the widths the line breaker saw are the widths drawn.
/// </summary>
internal sealed class GlyphLayout(FontChain chain)
{
    private readonly Dictionary<(string, FontKind, bool), IReadOnlyList<ShapedRun>> _cache = [];

    /// <summary>The fonts this layout draws with.</summary>
    public FontChain Chain { get; } = chain;

    /// <summary>
    /// The shaped runs of <paramref name="text"/> in drawing order (left to right). A right-to-left run (one level
    /// of the bidi algorithm, <paramref name="rightToLeft"/>) is shaped right to left (joined, marks placed, brackets
    /// mirrored) and its font pieces are drawn last to first; otherwise a piece whose first strong letter is Arabic
    /// or Hebrew is shaped right to left on its own.
    /// </summary>
    public IReadOnlyList<ShapedRun> Shape(string text, FontKind kind, bool rightToLeft = false)
    {
        if (_cache.TryGetValue((text, kind, rightToLeft), out var cached)) return cached;
        var runs = new List<ShapedRun>();
        foreach (var (face, start, length) in Chain.Itemize(text, kind))
        {
            var piece = text.Substring(start, length);
            runs.Add(TextShaper.Shape(face, piece, rightToLeft || StartsRightToLeft(piece)));
        }
        if (rightToLeft) runs.Reverse();
        if (text.Length <= 256) _cache[(text, kind, rightToLeft)] = runs;
        return runs;
    }

    /// <summary>The advance of <paramref name="text"/> in points.</summary>
    public double Width(string text, FontKind kind, double size, bool rightToLeft = false)
    {
        var width = 0.0;
        foreach (var run in Shape(text, kind, rightToLeft)) width += run.Width(size);
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
