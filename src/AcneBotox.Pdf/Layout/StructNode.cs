namespace AcneBotox.Pdf.Layout;

/// <summary>
/// One element of the PDF structure tree (H1, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Figure, Caption, Div,
/// BlockQuote, Span). Compared by identity: a paragraph split over two pages is still one node.
/// </summary>
internal sealed class StructNode(string tag, StructNode? parent)
{
    /// <summary>The standard structure type, e.g. <c>P</c>.</summary>
    public string Tag { get; } = tag;

    /// <summary>The enclosing element, or <c>null</c> under the document root.</summary>
    public StructNode? Parent { get; } = parent;

    /// <summary>Alternative text (figures).</summary>
    public string? AltText { get; init; }

    /// <summary>A list's <c>/ListNumbering</c> attribute: <c>Decimal</c>, <c>Disc</c> or <c>Circle</c> (PDF/UA asks for it on every L).</summary>
    public string? ListNumbering { get; init; }

    /// <summary>True for inline elements (<c>Span</c>), which hold part of a line rather than whole lines.</summary>
    public bool IsInline => Tag is "Span";

    /// <summary>The path from the outermost ancestor down to this node.</summary>
    public IReadOnlyList<StructNode> Path()
    {
        var path = new List<StructNode>();
        for (var node = this; node is not null; node = node.Parent) path.Add(node);
        path.Reverse();
        return path;
    }

    /// <summary>True for grouping elements, which hold other elements rather than content.</summary>
    public bool IsGrouping => Tag is "Div" or "BlockQuote" or "Sect" or "Part";

    /// <summary>True for illustrations, which need alternative text and a bounding box.</summary>
    public bool IsIllustration => Tag is "Figure";

    /// <inheritdoc />
    public override string ToString() => Tag;
}
