using System.Globalization;
using AcneBotox.Core.Fonts;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Tables with the handout table style, full text width, columns sized by their content (the same decision as
/// the PDF's, <see cref="TableColumnWidths"/>) and a header row that repeats on every page.
/// </summary>
internal static class DocxTables
{
    /// <summary>The left and right cell margin of the table style, in twips: the type scale's table padding.</summary>
    public static int CellMargin(TypeScale type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return (int)Math.Round(type.TablePadding * 20);
    }

    /// <summary>The table for a model table.</summary>
    public static W.Table Build(Table table, DocxInlines inlines, int textWidth, TypeScale type)
    {
        var columns = Math.Max(1, table.Rows.Select(r => r.Cells.Length).Append(table.Header.Cells.Length).Max());
        var widths = ColumnWidths(table, columns, textWidth, type);
        var grid = new W.TableGrid();
        foreach (var width in widths) grid.Append(new W.GridColumn { Width = Twips(width) });

        // A fixed layout: Word keeps these widths instead of autofitting the table its own way.
        var result = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = DocxStyleIds.Table },
                new W.TableWidth { Width = Twips(textWidth), Type = W.TableWidthUnitValues.Dxa },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            grid);
        result.Append(Row(table.Header, widths, inlines, header: true));
        foreach (var row in table.Rows) result.Append(Row(row, widths, inlines, header: false));
        return result;
    }

    // Measured with Atkinson Hyperlegible's own advance widths at the table size, the header in bold as the
    // table style sets it; in twips, cell margins included.
    private static int[] ColumnWidths(Table table, int columns, int textWidth, TypeScale type)
    {
        ContentWidth Cell(TableCell cell, FontMetrics font) => ContentWidth.Of(
            [(ModelWalker.PlainText(cell.Inlines), text => font.Width(text, type.Table) * 20)], CellMargin(type));
        var regular = HandoutFonts.MetricsOf(FontFace.Regular);
        var bold = HandoutFonts.MetricsOf(FontFace.Bold);
        var rows = table.Rows.Select(row => (IReadOnlyList<ContentWidth>)[.. row.Cells.Select(c => Cell(c, regular))])
            .Prepend([.. table.Header.Cells.Select(c => Cell(c, bold))]);
        var widths = TableColumnWidths.Distribute(TableColumnWidths.Columns(rows, columns), textWidth);
        // Whole twips, rounded up so a column sized to its text keeps it on one line; the widest column gives
        // back the difference, so the columns still add up to the text width.
        var result = widths.Select(w => (int)Math.Ceiling(w - 1e-6)).ToArray();
        var widest = Array.IndexOf(result, result.Max());
        result[widest] += textWidth - result.Sum();
        return result;
    }

    private static W.TableRow Row(TableRow row, int[] widths, DocxInlines inlines, bool header)
    {
        var result = new W.TableRow();
        // A header row repeats at the top of each page and never splits; screen readers announce it as headers.
        if (header) result.Append(new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()));
        for (var c = 0; c < widths.Length; c++)
        {
            var paragraph = new W.Paragraph();
            if (c < row.Cells.Length) paragraph.Append(inlines.Convert(row.Cells[c].Inlines));
            result.Append(new W.TableCell(
                new W.TableCellProperties(new W.TableCellWidth { Width = Twips(widths[c]), Type = W.TableWidthUnitValues.Dxa }),
                paragraph));
        }
        return result;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
