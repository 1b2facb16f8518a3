using AcneBotox.Core.Bidi;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Puts the lines of one paragraph in visual order by the Unicode Bidirectional Algorithm (Core's
/// <see cref="BidiParagraph"/>, resolved once over the paragraph, reordered line by line by rule L2): each fragment
/// is cut where the embedding level changes, the pieces are placed left to right in visual order, and right-to-left
/// pieces are marked so they are shaped right to left. Lines of a right-to-left paragraph are set from the right.
/// The pieces are listed in logical order, each at its visual place, and text inside each piece stays in logical
/// order: the PDF draws them in that order, so a reader taking text in content order gets it back as written.
/// </summary>
internal static class BidiLines
{
    /// <summary>True when the lines need no bidi work: a left-to-right paragraph without any right-to-left letter.</summary>
    public static bool NeedsNone(string text, BaseDirection direction) =>
        direction == BaseDirection.LeftToRight && !TextDirection.HasRightToLeft(text);

    /// <summary>The lines in visual order; with <paramref name="direction"/> right to left, each ends at <paramref name="width"/>.</summary>
    public static IReadOnlyList<TextLine> Arrange(IReadOnlyList<TextLine> lines, BaseDirection direction, double width, ITextMeasurer measurer)
    {
        var text = string.Concat(lines.Select(l => l.Text));
        var paragraph = BidiParagraph.Resolve(text, direction);
        var result = new List<TextLine>(lines.Count);
        var lineStart = 0;
        foreach (var line in lines)
        {
            var lineText = line.Text;
            result.Add(Arrange(line, paragraph, lineStart, width, measurer));
            lineStart += lineText.Length;
        }
        return result;
    }

    private static TextLine Arrange(TextLine line, BidiParagraph paragraph, int lineStart, double width, ITextMeasurer measurer)
    {
        // Where each fragment starts in the paragraph's text.
        var starts = new int[line.Fragments.Count];
        for (int i = 0, at = lineStart; i < starts.Length; i++)
        {
            starts[i] = at;
            at += line.Fragments[i].Text.Length;
        }
        var lineEnd = lineStart + line.Text.Length;
        var visibleEnd = lineEnd;
        while (visibleEnd > lineStart && paragraph.Text[visibleEnd - 1] == ' ') visibleEnd--;
        var fragments = new List<(int Start, LineFragment Piece)>();
        var x = 0.0;
        foreach (var run in paragraph.VisualRuns(lineStart, lineEnd))
        {
            // The fragments this run overlaps, in logical order; in a right-to-left run they are placed last first.
            var pieces = new List<(int Start, LineFragment Piece)>();
            for (var i = 0; i < starts.Length; i++)
            {
                var fragment = line.Fragments[i];
                var from = Math.Max(run.Start, starts[i]);
                var to = Math.Min(run.Start + run.Length, starts[i] + fragment.Text.Length);
                if (from >= to) continue;
                var style = fragment.Style with { RightToLeft = run.IsRightToLeft };
                // The break space at the end of the line is a piece of its own that takes no room, as in LineBuilder
                // (shaped with the visible text, it would push the run's glyphs off their measured place).
                var split = Math.Clamp(visibleEnd, from, to);
                if (split > from)
                {
                    var visible = fragment.Text.Substring(from - starts[i], split - from);
                    pieces.Add((from, new LineFragment(0, visible, style, measurer.Width(visible, style), fragment.LinkTarget, fragment.PaperOnly)));
                }
                if (to > split) pieces.Add((split, new LineFragment(0, fragment.Text.Substring(split - starts[i], to - split), style, 0, fragment.LinkTarget, fragment.PaperOnly)));
            }
            if (run.IsRightToLeft) pieces.Reverse();
            foreach (var (start, piece) in pieces)
            {
                fragments.Add((start, piece with { X = x }));
                x += piece.Width;
            }
        }
        var shift = paragraph.IsRightToLeft ? Math.Max(0, width - x) : 0;
        return new TextLine([.. fragments.OrderBy(f => f.Start).Select(f => f.Piece with { X = f.Piece.X + shift })], x);
    }
}
