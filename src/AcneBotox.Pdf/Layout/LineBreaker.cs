using System.Globalization;
using System.Text;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Greedy line breaking by measured width: ragged right, no hyphenation. A word wider than the line
/// is cut between characters, so nothing ever runs past the margin.
/// </summary>
internal static class LineBreaker
{
    private sealed record Segment(string Text, TextStyle Style, string? Link, bool PaperOnly);

    /// <summary>Breaks <paramref name="runs"/> into lines no wider than <paramref name="maxWidth"/> points.</summary>
    public static IReadOnlyList<TextLine> Break(IEnumerable<StyledRun> runs, double maxWidth, ITextMeasurer measurer)
    {
        var lines = new List<TextLine>();
        var line = new LineBuilder(measurer);
        var word = new List<Segment>();
        TextStyle? pendingSpace = null;
        string? pendingSpaceLink = null;
        var pendingSpacePaper = false;

        void PlaceWord()
        {
            if (word.Count == 0) return;
            var width = WordWidth(word, maxWidth, measurer);
            var spaceWidth = pendingSpace is { } sp && !line.IsEmpty ? measurer.Width(" ", sp) : 0;
            if (!line.IsEmpty && line.Width + spaceWidth + width > maxWidth)
            {
                if (pendingSpace is { } trailing) line.AppendTrailingSpace(trailing, pendingSpaceLink, pendingSpacePaper);
                lines.Add(line.Build());
                spaceWidth = 0;
            }
            if (!line.IsEmpty && spaceWidth > 0) line.Append(" ", pendingSpace!.Value, pendingSpaceLink, pendingSpacePaper);
            if (line.Width + width <= maxWidth) foreach (var s in word) line.Append(s.Text, s.Style, s.Link, s.PaperOnly);
            else PlaceOverlongWord(word, maxWidth, line, lines, measurer);
            word.Clear();
            pendingSpace = null;
        }

        foreach (var run in runs)
        {
            if (StyledRun.IsBreak(run))
            {
                PlaceWord();
                line.AppendTrailingSpace(run.Style, null);
                lines.Add(line.Build());
                pendingSpace = null;
                continue;
            }
            var start = 0;
            for (var i = 0; i <= run.Text.Length; i++)
            {
                var atEnd = i == run.Text.Length;
                if (!atEnd && !char.IsWhiteSpace(run.Text[i])) continue;
                if (i > start) word.Add(new Segment(run.Text[start..i], run.Style, run.LinkTarget, run.PaperOnly));
                if (!atEnd)
                {
                    PlaceWord();
                    if (!line.IsEmpty)
                    {
                        pendingSpace = run.Style;
                        pendingSpaceLink = run.LinkTarget;
                        pendingSpacePaper = run.PaperOnly;
                    }
                }
                start = i + 1;
            }
        }
        PlaceWord();
        if (!line.IsEmpty || lines.Count == 0) lines.Add(line.Build());
        return lines;
    }

    /// <summary>Words longer than this are measured in pieces of this many characters.</summary>
    internal const int MeasuredPieceLength = 512;

    // The width of a word, exactly as one measurement per segment for any ordinary word. A word of millions of
    // characters is measured piece by piece (one measurement overflows the font's integer widths) and only
    // until it is known not to fit: the caller then breaks it anyway, so its full width is never needed.
    private static double WordWidth(List<Segment> word, double maxWidth, ITextMeasurer measurer)
    {
        var width = 0.0;
        foreach (var segment in word)
        {
            var text = segment.Text;
            if (text.Length <= MeasuredPieceLength)
            {
                width += measurer.Width(text, segment.Style);
                continue;
            }
            for (var start = 0; start < text.Length && width <= maxWidth;)
            {
                var length = Math.Min(MeasuredPieceLength, text.Length - start);
                if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1])) length++; // never split a pair
                width += measurer.Width(text.Substring(start, length), segment.Style);
                start += length;
            }
            if (width > maxWidth) return width;
        }
        return width;
    }

    private static void PlaceOverlongWord(List<Segment> word, double maxWidth, LineBuilder line, List<TextLine> lines, ITextMeasurer measurer)
    {
        foreach (var segment in word)
        {
            var elements = StringInfo.GetTextElementEnumerator(segment.Text);
            var chunk = new StringBuilder();
            var chunkWidth = 0.0;
            while (elements.MoveNext())
            {
                // Widths add up element by element (no kerning), so a huge "word" stays linear, not quadratic.
                var element = elements.GetTextElement();
                var width = measurer.Width(element, segment.Style);
                if (line.Width + chunkWidth + width > maxWidth && (chunk.Length > 0 || !line.IsEmpty))
                {
                    if (chunk.Length > 0) line.Append(chunk.ToString(), segment.Style, segment.Link, segment.PaperOnly);
                    lines.Add(line.Build());
                    chunk.Clear();
                    chunkWidth = 0;
                }
                chunk.Append(element);
                chunkWidth += width;
            }
            if (chunk.Length > 0) line.Append(chunk.ToString(), segment.Style, segment.Link, segment.PaperOnly);
        }
    }
}
