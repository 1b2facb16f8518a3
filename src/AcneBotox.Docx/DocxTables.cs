using System.Globalization;
using AcneBotox.Core.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>Tables with the handout table style, full text width, equal columns and a header row that repeats on every page.</summary>
internal static class DocxTables
{
    /// <summary>The table for a model table.</summary>
    public static W.Table Build(Table table, DocxInlines inlines, int textWidth)
    {
        var columns = Math.Max(1, table.Rows.Select(r => r.Cells.Length).Append(table.Header.Cells.Length).Max());
        var columnWidth = textWidth / columns;
        var grid = new W.TableGrid();
        for (var c = 0; c < columns; c++) grid.Append(new W.GridColumn { Width = columnWidth.ToString(CultureInfo.InvariantCulture) });

        var result = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = DocxStyleIds.Table },
                new W.TableWidth { Width = "5000", Type = W.TableWidthUnitValues.Pct },
                new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            grid);
        result.Append(Row(table.Header, columns, columnWidth, inlines, header: true));
        foreach (var row in table.Rows) result.Append(Row(row, columns, columnWidth, inlines, header: false));
        return result;
    }

    private static W.TableRow Row(TableRow row, int columns, int columnWidth, DocxInlines inlines, bool header)
    {
        var result = new W.TableRow();
        // A header row repeats at the top of each page and never splits; screen readers announce it as headers.
        if (header) result.Append(new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()));
        for (var c = 0; c < columns; c++)
        {
            var paragraph = new W.Paragraph();
            if (c < row.Cells.Length) paragraph.Append(inlines.Convert(row.Cells[c].Inlines));
            result.Append(new W.TableCell(
                new W.TableCellProperties(new W.TableCellWidth { Width = columnWidth.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }),
                paragraph));
        }
        return result;
    }
}
