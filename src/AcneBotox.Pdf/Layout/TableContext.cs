namespace AcneBotox.Pdf.Layout;

/// <summary>Ties a table's rows together so the paginator can repeat the header row on each new page.</summary>
internal sealed class TableContext
{
    /// <summary>The header row, drawn again (as an artifact) at the top of each continuation page.</summary>
    public Slice? Header { get; set; }
}
