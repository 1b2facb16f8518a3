using System.Globalization;
using System.Text;
using AcneBotox.Core.LineBreaking;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Greedy line breaking by measured width: ragged right, no hyphenation. Lines end only where the Unicode line
/// breaking rules (UAX #14, <see cref="LineBreakOpportunities"/>) allow: after spaces, between ideographs, after a
/// hyphen, a URL's slash or a soft hyphen (then drawn as a hyphen), between Thai clusters; never before closing
/// punctuation or a combining mark. A piece wider than the line is cut between grapheme clusters, so nothing ever
/// runs past the margin.
/// </summary>
internal static class LineBreaker
{
    private sealed record Segment(string Text, TextStyle Style, string? Link, bool PaperOnly);

    /// <summary>Breaks <paramref name="runs"/> into lines no wider than <paramref name="maxWidth"/> points.</summary>
    public static IReadOnlyList<TextLine> Break(IEnumerable<StyledRun> runs, double maxWidth, ITextMeasurer measurer)
    {
        var state = new State(new LineBuilder(measurer), maxWidth, measurer);
        var paragraph = new List<StyledRun>();
        foreach (var run in runs)
        {
            if (!StyledRun.IsBreak(run))
            {
                paragraph.Add(run);
                continue;
            }
            PlaceParagraph(paragraph, state);
            paragraph.Clear();
            state.Line.AppendTrailingSpace(run.Style, null);
            state.Lines.Add(state.Line.Build());
            state.PendingSpace = null;
        }
        PlaceParagraph(paragraph, state);
        if (!state.Line.IsEmpty || state.Lines.Count == 0) state.Lines.Add(state.Line.Build());
        return state.Lines;
    }

    /// <summary>Words longer than this are measured in pieces of this many characters.</summary>
    internal const int MeasuredPieceLength = 512;

    private sealed class State(LineBuilder line, double maxWidth, ITextMeasurer measurer)
    {
        public LineBuilder Line { get; } = line;
        public List<TextLine> Lines { get; } = [];
        public double MaxWidth { get; } = maxWidth;
        public ITextMeasurer Measurer { get; } = measurer;
        public StyledRun? PendingSpace { get; set; }
    }

    // Whitespace the layout may break at and collapses to one space. No-break spaces (class GL) are glue, not
    // whitespace; line and paragraph separators inside a run are spaces too (only a "\n" run forces a break).
    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && LineBreakClasses.Of(c) != LineBreakClass.GL;

    // Places the runs between two forced breaks: the text between two break opportunities is a piece; its
    // trailing whitespace becomes the pending space before the next piece (dropped at the end of a line).
    private static void PlaceParagraph(List<StyledRun> runs, State state)
    {
        if (runs.Count == 0) return;
        var text = new StringBuilder();
        var runStarts = new int[runs.Count];
        for (var r = 0; r < runs.Count; r++)
        {
            runStarts[r] = text.Length;
            foreach (var c in runs[r].Text) text.Append(IsBreakingSpace(c) ? ' ' : c);
        }
        var whole = text.ToString();
        var word = new List<Segment>();
        var start = 0;
        var run = 0;
        foreach (var opportunity in LineBreakOpportunities.Find(whole))
        {
            var end = opportunity.Index;
            var contentEnd = end;
            while (contentEnd > start && whole[contentEnd - 1] == ' ') contentEnd--;
            // The piece's content, cut where the runs change.
            for (var at = start; at < contentEnd;)
            {
                while (run + 1 < runs.Count && runStarts[run + 1] <= at) run++;
                var runEnd = run + 1 < runs.Count ? Math.Min(runStarts[run + 1], contentEnd) : contentEnd;
                word.Add(new Segment(whole[at..runEnd], runs[run].Style, runs[run].LinkTarget, runs[run].PaperOnly));
                at = runEnd;
            }
            PlaceWord(word, state);
            word.Clear();
            if (contentEnd < end && !state.Line.IsEmpty)
            {
                // The space takes the style of the run holding its last character, as it always has.
                var spaceRun = run;
                while (spaceRun + 1 < runs.Count && runStarts[spaceRun + 1] <= end - 1) spaceRun++;
                state.PendingSpace = runs[spaceRun];
            }
            start = end;
        }
    }

    private static void PlaceWord(List<Segment> word, State state)
    {
        if (word.Count == 0) return;
        var (line, lines, maxWidth, measurer) = (state.Line, state.Lines, state.MaxWidth, state.Measurer);
        var width = WordWidth(word, maxWidth, measurer) + SoftHyphenAllowance(word, measurer);
        var pending = state.PendingSpace;
        var spaceWidth = pending is not null && !line.IsEmpty ? measurer.Width(" ", pending.Style) : 0;
        if (!line.IsEmpty && line.Width + spaceWidth + width > maxWidth)
        {
            if (pending is not null) line.AppendTrailingSpace(pending.Style, pending.LinkTarget, pending.PaperOnly);
            else line.ShowSoftHyphen();
            lines.Add(line.Build());
            spaceWidth = 0;
        }
        if (!line.IsEmpty && spaceWidth > 0) line.Append(" ", pending!.Style, pending.LinkTarget, pending.PaperOnly);
        if (line.Width + width <= maxWidth) foreach (var s in word) line.Append(s.Text, s.Style, s.Link, s.PaperOnly);
        else PlaceOverlongWord(word, maxWidth, line, lines, measurer);
        state.PendingSpace = null;
    }

    // A piece ending in a soft hyphen may end the line, where the hyphen shows: leave room for it.
    private static double SoftHyphenAllowance(List<Segment> word, ITextMeasurer measurer) =>
        word[^1].Text.EndsWith(LineBuilder.SoftHyphen) ? measurer.Width("-", word[^1].Style) : 0;

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
