namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Distributes slices over pages of a fixed body height. Where the pages break is chosen over the whole document
/// (<see cref="PageBreaker"/>): a slice that keeps with the next (a heading, the first line of a paragraph, the last
/// body block before the end matter) never ends a page unless its chain is taller than a page; then as few pages as
/// possible before the last are left more than <see cref="TargetBlankShare"/> blank, a table row dividing between
/// its lines (header row repeated above the rest) or a figure shrinking (to its <see cref="Slice.MinHeight"/> at most)
/// only where that fills a page; then the fewest pages, as full as can be. A page before the last that ends higher
/// than the target has the space between its blocks stretched (up to <see cref="GapStretch"/>) so its last line sits
/// at the foot of the page (vertical justification, as TeX's flush bottom does); the breaker counts on that.
/// </summary>
internal static class Paginator
{
    /// <summary>The most of a page before the last that may be left blank (the page-fill benchmark's limit).</summary>
    public const double MaxBlankShare = 0.15;

    /// <summary>Lays out <paramref name="input"/> on pages whose body is <paramref name="bodyHeight"/> points tall.</summary>
    /// <param name="input">The slices in reading order.</param>
    /// <param name="bodyHeight">Height of a page's body.</param>
    /// <param name="maxBlankShare">
    /// <see cref="MaxBlankShare"/>, or 0 when fitting to <c>maxPages</c>: then the fewest pages come before the
    /// fullest, figures shrinking whenever that saves a page.
    /// </param>
    public static IReadOnlyList<PageLayout> Paginate(IReadOnlyList<Slice> input, double bodyHeight, double maxBlankShare = MaxBlankShare)
    {
        var pages = new PageBreaker(input, bodyHeight, fewestPagesFirst: maxBlankShare <= 0).Pages();
        return [.. pages.Select((page, p) => p < pages.Count - 1 && BlankShare(page, bodyHeight) > TargetBlankShare ? FlushBottom(page, bodyHeight) : page)];
    }

    /// <summary>
    /// The blank share the layout aims under. It is below <see cref="MaxBlankShare"/> because a page's content ends
    /// with its last line's box, whose ink stops a few points higher (the leading and descent below the baseline).
    /// </summary>
    public const double TargetBlankShare = 0.12;

    /// <summary>
    /// How much a gap between blocks may grow, as a share of its height, when a page is justified to its foot:
    /// up to double, so paragraphs still read as one flow. The page breaker counts on no more than this.
    /// </summary>
    public const double GapStretch = 1.0;

    // Spreads the page's blank over the gaps between its top-level blocks (never inside a box, which would open it up):
    // to the foot when the gaps can take it (GapStretch), else only as far as the target, which the page breaker
    // avoids needing (as the old fill did, a page no distribution could fill is still brought under the target).
    private static PageLayout FlushBottom(PageLayout page, double bodyHeight)
    {
        var slices = page.Slices;
        var stretchable = Enumerable.Range(0, slices.Count - 1)
            .Where(n => n > 0 && slices[n].Slice.Discardable && slices[n].Slice.Decorations.Count == 0 && !slices[n].IsRepeat).ToHashSet();
        if (stretchable.Count == 0) return page;
        var blank = bodyHeight - page.ContentHeight;
        var room = stretchable.Sum(n => slices[n].Slice.Height) * GapStretch;
        // Each gap grows in proportion to its height, so a heading keeps more space above it than a list item.
        var growth = (blank <= room ? blank : Math.Max(room, blank - TargetBlankShare * bodyHeight)) / (room / GapStretch);
        var shift = 0.0;
        var placed = new List<PlacedSlice>(slices.Count);
        for (var n = 0; n < slices.Count; n++)
        {
            placed.Add(slices[n] with { Top = slices[n].Top + shift });
            if (stretchable.Contains(n)) shift += slices[n].Slice.Height * growth;
        }
        return new PageLayout(placed, Justified: true);
    }

    /// <summary>How many pages before the last leave more than <paramref name="share"/> of the body blank.</summary>
    public static int TooBlankPages(IReadOnlyList<PageLayout> pages, double bodyHeight, double share = MaxBlankShare) =>
        pages.Take(pages.Count - 1).Count(page => BlankShare(page, bodyHeight) > share + 1e-9);

    /// <summary>The share of the body height a page leaves blank below its content.</summary>
    public static double BlankShare(PageLayout page, double bodyHeight) => (bodyHeight - page.ContentHeight) / bodyHeight;
}
