namespace AcneBotox.Pdf.Layout;

/// <summary>
/// The unit of pagination: a horizontal strip (a line, a table row, an image, a gap). Paragraphs, lists and
/// callouts measure into slices; the paginator distributes them over pages. Only a slice with a
/// <see cref="Split"/> and <see cref="SplitHeights"/> (a table row of several lines) may be divided between pages.
/// </summary>
internal sealed class Slice
{
    /// <summary>Height in points.</summary>
    public required double Height { get; init; }

    /// <summary>What is drawn, in reading order.</summary>
    public IReadOnlyList<Piece> Pieces { get; set; } = [];

    /// <summary>Must stay on the same page as the next slice (headings, orphan and widow control).</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>A gap that vanishes at the top of a page.</summary>
    public bool Discardable { get; init; }

    /// <summary>The boxes this slice is drawn inside, outermost first.</summary>
    public IReadOnlyList<Decoration> Decorations { get; init; } = [];

    /// <summary>The table this slice is a row of, for repeating the header row on a new page.</summary>
    public TableContext? Table { get; init; }

    /// <summary>True for a table's header row.</summary>
    public bool IsTableHeader { get; init; }

    /// <summary>A heading's outline entry (bookmark), when the slice starts a heading.</summary>
    public OutlineEntry? Outline { get; init; }

    /// <summary>
    /// The least height a figure slice may shrink to so it fits a page instead of leaving the rest blank
    /// (its pictures scale with it); <c>null</c> for a slice that never scales.
    /// </summary>
    public double? MinHeight { get; init; }

    /// <summary>
    /// Divides this slice into a first part no taller than the given height and the rest, for a page that would
    /// otherwise be left too blank (as Word lets a table row break across pages); <c>null</c> when the slice cannot
    /// be divided, or not without leaving fewer than two lines on either side.
    /// </summary>
    public Func<double, (Slice Head, Slice Tail)?>? Split { get; init; }

    /// <summary>
    /// The heights the first part of a <see cref="Split"/> may have, shortest first: where the page breaker may divide
    /// this slice (between a table row's lines, leaving at least two on either side). Empty for a slice that never divides.
    /// </summary>
    public IReadOnlyList<double> SplitHeights { get; init; } = [];

    /// <summary>This figure slice scaled to <paramref name="height"/>: its pictures shrink about their left edge.</summary>
    public Slice ScaledTo(double height)
    {
        var factor = height / Height;
        return new Slice
        {
            Height = height,
            Pieces = [.. Pieces.Select(piece => piece is ImagePiece image
                ? image with { Top = image.Top * factor, Width = image.Width * factor, Height = image.Height * factor }
                : piece)],
            KeepWithNext = KeepWithNext,
            Decorations = Decorations,
            Outline = Outline,
            MinHeight = MinHeight,
        };
    }

    /// <summary>A gap of the given height.</summary>
    public static Slice Gap(double height, IReadOnlyList<Decoration>? decorations = null) =>
        new() { Height = height, Discardable = decorations is null || decorations.Count == 0, Decorations = decorations ?? [] };
}
