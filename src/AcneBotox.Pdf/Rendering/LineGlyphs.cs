using System.Globalization;
using System.Text;
using AcneBotox.Core.Bidi;
using AcneBotox.Pdf.Glyphs;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// The glyphs of a line with right-to-left text, in the order they are written to the content stream: logical order
/// (the order the text was written in), each glyph at its visual place. Readers get text back in two ways, and both
/// must give the source: PdfPig, copy and paste and assistive technology take glyphs in content order, so that order
/// is logical; poppler sorts glyphs by position and reverses right-to-left stretches itself, which needs two aids
/// (see <see cref="Place"/> and <see cref="ReplacementSpans"/>, whose replacement text both readers honour).
/// </summary>
internal static class LineGlyphs
{
    // How far left of a ligature its later letters are put, each a little further: far less than any glyph is wide,
    // so readers that sort by position place them between the ligature and the glyph drawn left of it.
    private const double LetterStep = 0.01;

    /// <summary>The horizontal scaling (percent) an invisible letter is written with, so its box stays inside the ligature's.</summary>
    public const int InvisibleLetterScaling = 1;

    /// <summary>
    /// The glyphs of <paramref name="pieces"/> in drawing order. A right-to-left glyph that stands for several letters
    /// (lam-alef) is mapped to its first letter, and each later letter follows as an invisible copy of the font's own
    /// glyph for it, just left of the ligature: a position-sorting reader reverses the letters of a right-to-left
    /// stretch one by one, and a ligature mapped to two letters would come back with them swapped.
    /// </summary>
    public static List<PlacedGlyph> Place(GlyphLayout layout, IReadOnlyList<GlyphPiece> pieces)
    {
        var placed = new List<PlacedGlyph>();
        foreach (var piece in pieces)
        {
            var size = piece.Style.Size;
            var pen = piece.X;
            var runs = new List<List<PlacedGlyph>>();
            // Shape gives the runs left to right; a right-to-left piece is written last run first.
            foreach (var run in layout.Shape(piece.Text, piece.Style.Font, piece.Style.RightToLeft))
            {
                var scale = size / run.Face.UnitsPerEm;
                var origins = new double[run.Glyphs.Count];
                for (var i = 0; i < origins.Length; i++)
                {
                    origins[i] = pen;
                    pen += run.Glyphs[i].Advance * scale;
                }
                var order = run.RightToLeft ? Enumerable.Range(0, origins.Length).Reverse().ToArray() : Enumerable.Range(0, origins.Length).ToArray();
                var texts = ClusterTexts(run, order);
                var glyphs = new List<PlacedGlyph>(origins.Length);
                foreach (var i in order)
                {
                    var glyph = run.Glyphs[i];
                    var x = origins[i] + glyph.OffsetX * scale;
                    var baseline = piece.Baseline - glyph.OffsetY * scale;
                    var shifted = glyph.OffsetX != 0 || glyph.OffsetY != 0;
                    var letters = run.RightToLeft ? Letters(run.Face, texts[i]) : null;
                    glyphs.Add(new PlacedGlyph(run.Face, glyph.Glyph, letters?[0].Text ?? texts[i], x, baseline, size, piece.Style.Color) { Shifted = shifted });
                    for (var k = 1; k < (letters?.Count ?? 0); k++)
                        glyphs.Add(new PlacedGlyph(run.Face, letters![k].Glyph, letters[k].Text, x - k * LetterStep, piece.Baseline, size, piece.Style.Color, Invisible: true));
                }
                runs.Add(glyphs);
            }
            if (piece.Style.RightToLeft) runs.Reverse();
            foreach (var run in runs) placed.AddRange(run);
        }
        return placed;
    }

    /// <summary>
    /// The stretches of <paramref name="glyphs"/> (start inclusive, end exclusive) to write inside a marked-content
    /// sequence whose <c>/ActualText</c> is their text in logical order: in a line with right-to-left letters, each
    /// stretch between two of them (numbers, punctuation, Latin words) whose glyphs do not already run left to right in
    /// logical order, such as "555-0134" shown as "0134-555" in Arabic, or ": 03-555-0134," whose colon and comma sit on
    /// the far sides of the number. A reader that orders by position takes such a stretch as one piece that runs from
    /// the stretch's first glyph drawn to its last, and keeps its replacement text in order, so the glyphs of each
    /// stretch are put in left-to-right order here (the replacement text gives the logical order).
    /// </summary>
    public static List<(int Start, int End, string Text)> ReplacementSpans(List<PlacedGlyph> glyphs)
    {
        var spans = new List<(int, int, string)>();
        if (!glyphs.Any(g => TextDirection.HasRightToLeft(g.Text))) return spans;
        var i = 0;
        while (i < glyphs.Count)
        {
            if (TextDirection.HasRightToLeft(glyphs[i].Text))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < glyphs.Count && !TextDirection.HasRightToLeft(glyphs[end].Text)) end++;
            var (start, stop) = (i, end);
            while (start < stop && string.IsNullOrWhiteSpace(glyphs[start].Text)) start++;
            while (stop > start && string.IsNullOrWhiteSpace(glyphs[stop - 1].Text)) stop--;
            var stretch = glyphs.GetRange(start, stop - start);
            var bearing = stretch.Where(g => g.Text.Length > 0).ToList();
            if (bearing.Count > 1 && bearing.Zip(bearing.Skip(1)).Any(p => p.Second.X <= p.First.X))
            {
                spans.Add((start, stop, string.Concat(stretch.Select(g => g.Text))));
                glyphs.RemoveRange(start, stretch.Count);
                glyphs.InsertRange(start, stretch.OrderBy(g => g.X));
            }
            i = end;
        }
        return spans;
    }

    // The source text each glyph stands for: a cluster's text goes to the first of its glyphs in drawing order, later
    // glyphs of the same cluster stand for nothing more (their text was already given).
    private static string[] ClusterTexts(ShapedRun run, int[] order)
    {
        var starts = run.Glyphs.Select(g => g.Cluster).Distinct().Order().ToList();
        var texts = new string[run.Glyphs.Count];
        var seen = new HashSet<int>();
        foreach (var i in order)
        {
            var cluster = run.Glyphs[i].Cluster;
            if (!seen.Add(cluster))
            {
                texts[i] = "";
                continue;
            }
            var next = starts.BinarySearch(cluster) + 1;
            var end = next < starts.Count ? starts[next] : run.Text.Length;
            texts[i] = run.Text[cluster..end];
        }
        return texts;
    }

    // The letters of a ligature's text with the face's own glyph for each, or null when the text is one letter, holds
    // a mark or a space (a mark belongs with its letter), or the face has no glyph of its own for a later letter.
    private static List<(string Text, uint Glyph)>? Letters(FontFace face, string text)
    {
        var letters = new List<(string, uint)>();
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark || Rune.IsWhiteSpace(rune)) return null;
            if (face.NominalGlyph(rune.Value) is not { } glyph) return null;
            letters.Add((rune.ToString(), glyph));
        }
        return letters.Count > 1 ? letters : null;
    }
}
