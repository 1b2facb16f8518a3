using AcneBotox.Core.Model;

namespace AcneBotox.Pdf.Layout;

/// <summary>Lays out a table: one slice per row (rows never split), column widths from the content, header row repeated.</summary>
internal static class TableLayout
{
    /// <summary>Appends the table's row slices to <paramref name="slices"/>.</summary>
    public static void Layout(Table table, Frame frame, HandoutTheme theme, ITextMeasurer measurer,
        Func<IEnumerable<Inline>, TextStyle, List<StyledRun>> runs, List<Slice> slices)
    {
        var columns = Math.Max(table.Header.Cells.Length, table.Rows.IsDefaultOrEmpty ? 0 : table.Rows.Max(r => r.Cells.Length));
        if (columns == 0) return;
        var padding = theme.BodySize * 0.4;
        var widths = ColumnWidths(table, columns, frame.Width, padding, theme, measurer);
        var tableNode = new StructNode("Table", frame.Parent);
        var context = new TableContext();
        var header = Row(table.Header, true, tableNode, widths, frame, padding, theme, measurer, runs, context);
        header.KeepWithNext = true;
        context.Header = header;
        slices.Add(header);
        foreach (var row in table.Rows)
            slices.Add(Row(row, false, tableNode, widths, frame, padding, theme, measurer, runs, context));
    }

    private static double[] ColumnWidths(Table table, int columns, double width, double padding, HandoutTheme theme, ITextMeasurer measurer)
    {
        var natural = new double[columns];
        foreach (var row in table.Rows.Prepend(table.Header))
            for (var c = 0; c < row.Cells.Length; c++)
            {
                var text = ModelWalker.PlainText(row.Cells[c].Inlines);
                natural[c] = Math.Max(natural[c], measurer.Width(text, theme.Body.WithBold()) + 2 * padding);
            }
        var floor = width / columns * 0.4;
        for (var c = 0; c < columns; c++) natural[c] = Math.Max(natural[c], floor);
        var total = natural.Sum();
        return [.. natural.Select(n => n / total * width)];
    }

    private static Slice Row(TableRow row, bool isHeader, StructNode table, double[] widths, Frame frame, double padding,
        HandoutTheme theme, ITextMeasurer measurer, Func<IEnumerable<Inline>, TextStyle, List<StyledRun>> runs, TableContext context)
    {
        var rowNode = new StructNode("TR", table);
        var style = isHeader ? theme.Body.WithBold() : theme.Body;
        var lineHeight = style.Size * theme.LineHeight;
        var cells = new List<(StructNode Node, IReadOnlyList<TextLine> Lines, double X, double Width)>();
        var x = frame.X;
        for (var c = 0; c < widths.Length; c++)
        {
            var inlines = c < row.Cells.Length ? row.Cells[c].Inlines : [];
            var cellRuns = runs(inlines, style);
            var lines = cellRuns.Count == 0 ? [] : LineBreaker.Break(cellRuns, widths[c] - 2 * padding, measurer);
            cells.Add((new StructNode(isHeader ? "TH" : "TD", rowNode), lines, x, widths[c]));
            x += widths[c];
        }
        var height = Math.Max(1, cells.Max(cell => cell.Lines.Count)) * lineHeight + 2 * padding;
        var pieces = new List<Piece>();
        foreach (var cell in cells)
            pieces.Add(new BoxPiece(cell.X, 0, cell.Width, height, isHeader ? theme.CalloutFill : null, theme.Muted));
        foreach (var cell in cells)
            pieces.Add(new TextPiece(cell.Node, [.. cell.Lines.Select((line, i) => new PlacedLine(cell.X + padding, padding + i * lineHeight, lineHeight, line))]));
        return new Slice
        {
            Height = height,
            Pieces = pieces,
            Decorations = frame.Decorations,
            Table = context,
            IsTableHeader = isHeader,
        };
    }
}
