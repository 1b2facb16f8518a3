using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Pipeline;

/// <summary>
/// How big one table may be. Every writer lays a table out as a whole (column widths from every cell, a
/// header repeated on each page), so a table of thousands of long cells costs gigabytes; a handout table
/// has dozens of cells. Past the budget the document fails with one clear error before any writer starts.
/// </summary>
public static class TableBudget
{
    /// <summary>Most cells (header included) one table may have.</summary>
    public const int MaxCells = 5_000;

    /// <summary>Most characters of text one table may hold.</summary>
    public const int MaxCharacters = 200_000;

    /// <summary>Throws <see cref="DocumentException"/> for the first table of <paramref name="document"/> past the budget.</summary>
    public static void Check(Document document, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var table in ModelWalker.Query<Table>(document))
        {
            var cells = table.Header.Cells.Length + table.Rows.Sum(r => r.Cells.Length);
            if (cells > MaxCells)
                throw TooLarge(table, string.Create(CultureInfo.InvariantCulture,
                    $"the table has {cells:N0} cells, over the limit of {MaxCells:N0}; a handout table has dozens"), sourcePath);
            long characters = 0;
            foreach (var run in ModelWalker.InlineRuns(table))
                foreach (var inline in ModelWalker.Descendants(run))
                    if (inline is Text text) characters += text.Value.Length;
            if (characters > MaxCharacters)
                throw TooLarge(table, string.Create(CultureInfo.InvariantCulture,
                    $"the table holds {characters:N0} characters, over the limit of {MaxCharacters:N0}; a handout table holds short facts"), sourcePath);
        }
    }

    private static DocumentException TooLarge(Table table, string message, string sourcePath) =>
        new("input.table-too-large", message, sourcePath, table.SourceLine,
            "split the table, keep its cells short, or put the full data in a linked spreadsheet");
}
