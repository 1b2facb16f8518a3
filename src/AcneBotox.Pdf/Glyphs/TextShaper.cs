using System.Collections.Concurrent;
using AcneBotox.Core.Caching;
using HarfBuzzSharp;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// Shapes text with HarfBuzz: kerning and standard ligatures for Latin, contextual forms and mark placement for
/// complex scripts (HarfBuzz's defaults per script). Results are in font units, so one shaping serves every size,
/// and the recent ones are remembered: a handout measures the same words many times while breaking lines, and the
/// handouts of a batch share most of their words.
/// </summary>
internal static class TextShaper
{
    // HarfBuzz turns these on by default; naming them documents what a handout relies on.
    private static readonly Feature[] Features = [new Feature(Tag.Parse("kern")), new Feature(Tag.Parse("liga"))];
    // Some thousand runs per generation hold a handout's words and lines with room to spare; a batch of thousands
    // of different handouts then keeps a few megabytes of them, not every line it ever drew.
    private static readonly RecentCache<(FontFace Face, string Text, bool RightToLeft), ShapedRun> Cache = new(1_024);
    // Longer texts are seldom measured twice, and a huge hostile one is not kept.
    private const int LongestCachedText = 256;

    private static readonly ConcurrentBag<HarfBuzzSharp.Buffer> Buffers = [];

    /// <summary>Shapes <paramref name="text"/> in <paramref name="face"/>, right to left when asked.</summary>
    public static ShapedRun Shape(FontFace face, string text, bool rightToLeft = false)
    {
        return text.Length > LongestCachedText
            ? ShapeUncached(face, text, rightToLeft)
            : Cache.GetOrAdd((face, text, rightToLeft), static key => ShapeUncached(key.Face, key.Text, key.RightToLeft));
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
