using AcneBotox.Core.Bidi;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Lays out a table: one slice per row, column widths from the content, header row repeated, columns from the right
/// in a right-to-left handout. A row splits between
/// pages (between its lines) only when it is taller than a page or moving it whole would leave a page too blank.
/// </summary>
internal static class TableLayout
{
    /// <summary>The fewest lines a split row leaves on either page.</summary>
    public const int MinLinesPerPart = 2;

    /// <summary>Appends the table's row slices to <paramref name="slices"/>.</summary>
    public static void Layout(Table table, Frame frame, HandoutTheme theme, ITextMeasurer measurer,
        Func<IEnumerable<Inline>, TextStyle, List<StyledRun>> runs, List<Slice> slices, BaseDirection direction = BaseDirection.LeftToRight)
    {
        var columns = Math.Max(table.Header.Cells.Length, table.Rows.IsDefaultOrEmpty ? 0 : table.Rows.Max(r => r.Cells.Length));
        if (columns == 0) return;
        var padding = theme.Type.TablePadding;
        var widths = ColumnWidths(table, columns, frame.Width, padding, theme, measurer, runs);
        var tableNode = new StructNode("Table", frame.Parent);
        var context = new TableContext();
        var header = Row(table.Header, true, tableNode, widths, frame, padding, theme, measurer, runs, context, 0, direction);
        foreach (var part in header) part.KeepWithNext = true;
        // A header row taller than a quarter page is not repeated: it would crowd out the rows.
        var repeat = header.Count == 1 && header[0].Height <= theme.BodyHeight / 4;
        context.Header = repeat ? header[0] : null;
        slices.AddRange(header);
        foreach (var row in table.Rows)
            slices.AddRange(Row(row, false, tableNode, widths, frame, padding, theme, measurer, runs, context, repeat ? header[0].Height : 0, direction));
    }

    // Column widths from the cells' content, the same decision as the Word table's (Core's TableColumnWidths):
    // measured with the runs the cells are drawn with, so bold, links and code count as they look.
    private static double[] ColumnWidths(Table table, int columns, double width, double padding, HandoutTheme theme, ITextMeasurer measurer,
        Func<IEnumerable<Inline>, TextStyle, List<StyledRun>> runs)
    {
        ContentWidth[] Measure(TableRow row, TextStyle style) =>
            [.. row.Cells.Select(cell => ContentWidth.Of(
                runs(cell.Inlines, style).Select(run => (run.Text, (Func<string, double>)(text => measurer.Width(text, run.Style)))),
                padding))];
        var rows = table.Rows.Select(row => (IReadOnlyList<ContentWidth>)Measure(row, theme.Body))
            .Prepend(Measure(table.Header, theme.Body.WithBold()));
        return TableColumnWidths.Distribute(TableColumnWidths.Columns(rows, columns), width);
    }

    /// <summary>A row as one slice; a row taller than a page becomes several slices of whole lines, so it never runs into the footer.</summary>
    private static List<Slice> Row(TableRow row, bool isHeader, StructNode table, double[] widths, Frame frame, double padding,
        HandoutTheme theme, ITextMeasurer measurer, Func<IEnumerable<Inline>, TextStyle, List<StyledRun>> runs, TableContext context, double reserved,
        BaseDirection direction)
    {
        var rowNode = new StructNode("TR", table);
        var style = isHeader ? theme.Body.WithBold() : theme.Body;
        var lineHeight = style.Size * theme.LineHeight;
        var cells = new List<(StructNode Node, IReadOnlyList<TextLine> Lines, double X, double Width)>();
        // In a right-to-left handout the first column is at the right, as with HTML's dir="rtl" and Word's w:bidiVisual;
        // cells stay in logical order in the structure tree.
        var mirrored = direction == BaseDirection.RightToLeft;
        var x = mirrored ? frame.X + frame.Width : frame.X;
        for (var c = 0; c < widths.Length; c++)
        {
            if (mirrored) x -= widths[c];
            var inlines = c < row.Cells.Length ? row.Cells[c].Inlines : [];
            var cellRuns = runs(inlines, style);
            var lines = cellRuns.Count == 0 ? [] : LineBreaker.Break(cellRuns, widths[c] - 2 * padding, measurer);
            // A cell is a paragraph of its own for the bidi algorithm, as in HTML and Word.
            var text = string.Concat(cellRuns.Select(r => r.Text));
            var cellDirection = TextDirection.ForParagraph(text, direction);
            if (!BidiLines.NeedsNone(text, cellDirection)) lines = BidiLines.Arrange(lines, cellDirection, widths[c] - 2 * padding, measurer);
            cells.Add((new StructNode(isHeader ? "TH" : "TD", rowNode), lines, x, widths[c]));
            if (!mirrored) x += widths[c];
        }
        var totalLines = Math.Max(1, cells.Max(cell => cell.Lines.Count));
        // The lines from `first`, `count` of them, as one slice; it may split again between its lines.
        Slice Part(int first, int count)
        {
            var height = count * lineHeight + 2 * padding;
            var pieces = new List<Piece>();
            foreach (var cell in cells)
                pieces.Add(new BoxPiece(cell.X, 0, cell.Width, height, isHeader ? theme.TableHeaderFill : null, theme.Rule));
            foreach (var cell in cells)
                pieces.Add(new TextPiece(cell.Node, [.. cell.Lines.Skip(first).Take(count)
                    .Select((line, i) => new PlacedLine(cell.X + padding, padding + i * lineHeight, lineHeight, line))]));
            return new Slice
            {
                Height = height,
                Pieces = pieces,
                Decorations = frame.Decorations,
                Table = context,
                IsTableHeader = isHeader,
                // A header row never splits; a body row keeps at least two lines on each side (no orphan or widow).
                Split = isHeader ? null : available =>
                {
                    var fits = (int)Math.Floor((available - 2 * padding) / lineHeight + 1e-9);
                    return fits < MinLinesPerPart || count - fits < MinLinesPerPart
                        ? null
                        : (Part(first, fits), Part(first + fits, count - fits));
                },
                SplitHeights = isHeader
                    ? []
                    : [.. Enumerable.Range(MinLinesPerPart, Math.Max(0, count - 2 * MinLinesPerPart + 1)).Select(lines => lines * lineHeight + 2 * padding)],
            };
        }
        // Leave room for the header row repeated above the part on a continuation page.
        var linesPerSlice = Math.Max(1, (int)((theme.BodyHeight - reserved - 2 * padding) / lineHeight));
        var parts = new List<Slice>();
        for (var first = 0; first < totalLines; first += linesPerSlice)
            parts.Add(Part(first, Math.Min(linesPerSlice, totalLines - first)));
        return parts;
    }
}
