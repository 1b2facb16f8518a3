using System.Collections.Concurrent;
using HarfBuzzSharp;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// Shapes text with HarfBuzz: kerning and standard ligatures for Latin, contextual forms and mark placement for
/// complex scripts (HarfBuzz's defaults per script). Results are in font units, so one shaping serves every size,
/// and they are cached: a handout measures the same words many times while breaking lines.
/// </summary>
internal static class TextShaper
{
    // HarfBuzz turns these on by default; naming them documents what a handout relies on.
    private static readonly Feature[] Features = [new Feature(Tag.Parse("kern")), new Feature(Tag.Parse("liga"))];
    private static readonly ConcurrentDictionary<(FontFace, string, bool), ShapedRun> Cache = new();
    private const int CacheLimit = 50_000;

    private static readonly ConcurrentBag<HarfBuzzSharp.Buffer> Buffers = [];

    /// <summary>Shapes <paramref name="text"/> in <paramref name="face"/>, right to left when asked.</summary>
    public static ShapedRun Shape(FontFace face, string text, bool rightToLeft = false)
    {
        if (Cache.TryGetValue((face, text, rightToLeft), out var cached)) return cached;
        var run = ShapeUncached(face, text, rightToLeft);
        // A bound, not an eviction policy: a huge hostile text must not grow memory without end.
        if (Cache.Count < CacheLimit && text.Length <= 256) Cache[(face, text, rightToLeft)] = run;
        return run;
    }

    private static ShapedRun ShapeUncached(FontFace face, string text, bool rightToLeft)
    {
        if (text.Length == 0) return new ShapedRun(face, text, rightToLeft, []);
        // Buffers are pooled for the process and never disposed or left to a finalizer: HarfBuzzSharp maps native
        // handles to shared managed wrappers, and a buffer released on one thread can hand another thread a stale one.
        if (!Buffers.TryTake(out var buffer)) buffer = new HarfBuzzSharp.Buffer();
        try
        {
            return ShapeInto(buffer, face, text, rightToLeft);
        }
        finally
        {
            Buffers.Add(buffer);
        }
    }

    private static ShapedRun ShapeInto(HarfBuzzSharp.Buffer buffer, FontFace face, string text, bool rightToLeft)
    {
        buffer.ClearContents();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        buffer.Direction = rightToLeft ? Direction.RightToLeft : Direction.LeftToRight;
        // Marks keep their own clusters, so each character of the source can be named by some glyph.
        buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
        face.Shape(buffer, Features);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var glyphs = new ShapedGlyph[infos.Length];
        for (var i = 0; i < infos.Length; i++)
            glyphs[i] = new ShapedGlyph(infos[i].Codepoint, (int)infos[i].Cluster, positions[i].XAdvance, positions[i].XOffset, positions[i].YOffset);
        return new ShapedRun(face, text, rightToLeft, glyphs);
    }
}
