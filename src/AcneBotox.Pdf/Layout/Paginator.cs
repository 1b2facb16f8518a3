namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Distributes slices over pages of a fixed body height. A slice that does not fit starts a new page,
/// taking with it the chain of slices that must stay with it (a heading, the first line of a paragraph),
/// unless that chain fills the page already. Before such a break leaves more than <see cref="MaxBlankShare"/>
/// of the page blank, a figure in the chain is scaled down (to its <see cref="Slice.MinHeight"/> at most) so the
/// chain fits. Gaps vanish at the top of a page; a table's header row is repeated on each page its rows continue to.
/// When a break still leaves a page too blank (the end matter, which keeps with the last body block, did not fit
/// under it), the earlier pages are filled a little less (up to <see cref="MaxBlankShare"/>) so that more of the body
/// flows to the last page, and the most even of those distributions is kept. A page before the last that is still
/// too blank then has the space between its blocks stretched so its last line sits at the foot of the page
/// (vertical justification, as TeX's flush bottom does), rather than a visibly half-empty page.
/// </summary>
internal static class Paginator
{
    /// <summary>The most of a page a break may leave blank before a figure is scaled down to fill it.</summary>
    public const double MaxBlankShare = 0.15;

    /// <summary>Lays out <paramref name="input"/> on pages whose body is <paramref name="bodyHeight"/> points tall.</summary>
    /// <param name="input">The slices in reading order.</param>
    /// <param name="bodyHeight">Height of a page's body.</param>
    /// <param name="maxBlankShare">The blank share above which figures shrink (0 when fitting to <c>maxPages</c>: always).</param>
    public static IReadOnlyList<PageLayout> Paginate(IReadOnlyList<Slice> input, double bodyHeight, double maxBlankShare = MaxBlankShare)
    {
        List<PageLayout>? best = null;
        (int, int) bestScore = default;
        // Fitting to maxPages (maxBlankShare 0) wants the fewest pages first; otherwise no page too blank comes first.
        var fewestPagesFirst = maxBlankShare <= 0;
        for (var step = 0; step <= ReserveSteps; step++)
        {
            var reserve = bodyHeight * MaxBlankShare * step / ReserveSteps;
            var pages = Distribute(input, bodyHeight, bodyHeight - reserve, maxBlankShare);
            var tooBlank = TooBlankPages(pages, bodyHeight);
            var score = fewestPagesFirst ? (pages.Count, tooBlank) : (tooBlank, pages.Count);
            if (best is null || score.CompareTo(bestScore) < 0)
            {
                best = pages;
                bestScore = score;
            }
            if (tooBlank == 0) break;
        }
        return [.. best!.Select((page, p) => p < best!.Count - 1 && BlankShare(page, bodyHeight) > MaxBlankShare ? FlushBottom(page, bodyHeight) : page)];
    }

    // Spreads the page's blank over the gaps between its top-level blocks (never inside a box, which would open it up).
    private static PageLayout FlushBottom(PageLayout page, double bodyHeight)
    {
        var slices = page.Slices;
        var stretchable = Enumerable.Range(0, slices.Count - 1)
            .Where(n => n > 0 && slices[n].Slice.Discardable && slices[n].Slice.Decorations.Count == 0 && !slices[n].IsRepeat).ToHashSet();
        if (stretchable.Count == 0) return page;
        var extra = (bodyHeight - page.ContentHeight) / stretchable.Count;
        var shift = 0.0;
        var placed = new List<PlacedSlice>(slices.Count);
        for (var n = 0; n < slices.Count; n++)
        {
            placed.Add(slices[n] with { Top = slices[n].Top + shift });
            if (stretchable.Contains(n)) shift += extra;
        }
        return new PageLayout(placed);
    }

    // Distributions tried: each fills the pages up to a little less (0, 3, 6 ... 15% of the body height less).
    private const int ReserveSteps = 5;

    /// <summary>How many pages before the last leave more than <see cref="MaxBlankShare"/> of the body blank.</summary>
    public static int TooBlankPages(IReadOnlyList<PageLayout> pages, double bodyHeight) =>
        pages.Take(pages.Count - 1).Count(page => BlankShare(page, bodyHeight) > MaxBlankShare + 1e-9);

    /// <summary>The share of the body height a page leaves blank below its content.</summary>
    public static double BlankShare(PageLayout page, double bodyHeight) => (bodyHeight - page.ContentHeight) / bodyHeight;

    private static List<PageLayout> Distribute(IReadOnlyList<Slice> input, double bodyHeight, double fill, double maxBlankShare)
    {
        // A figure may be replaced by a scaled copy; the input stays as it was.
        var slices = input.ToList();
        var pages = new List<PageLayout>();
        var page = new List<PlacedSlice>();
        var firstOnPage = 0;
        var y = 0.0;
        var i = 0;
        while (i < slices.Count)
        {
            var slice = slices[i];
            var pageHasContent = page.Exists(p => !p.IsRepeat);
            if (!pageHasContent && page.Count == 0 && slice.Discardable)
            {
                i++;
                firstOnPage = i;
                continue;
            }
            if (page.Count == 0 && pages.Count > 0 && slice.Table?.Header is { } header && !slice.IsTableHeader)
            {
                page.Add(new PlacedSlice(header, 0, IsRepeat: true));
                y = header.Height;
            }
            if (y + slice.Height <= fill + 0.001 || !pageHasContent)
            {
                page.Add(new PlacedSlice(slice, y));
                y += slice.Height;
                i++;
                continue;
            }
            // Does not fit: move back over the slices that must stay with this one.
            var breakAt = i;
            while (breakAt - 1 > firstOnPage && slices[breakAt - 1].KeepWithNext) breakAt--;
            if (breakAt - 1 == firstOnPage && slices[firstOnPage].KeepWithNext) breakAt = i; // the whole page is one chain
            var moved = i - breakAt;
            var blank = bodyHeight - (moved > 0 ? page[^moved].Top : y);
            if (blank > maxBlankShare * bodyHeight && ShrinkFigure(slices, firstOnPage, i, y, fill) is { } scaled)
            {
                // Place again from the scaled figure (or from here, when it comes later in the chain).
                var from = Math.Min(scaled, i);
                page.RemoveRange(page.Count - (i - from), i - from);
                y = page.Count == 0 ? 0 : page[^1].Top + page[^1].Slice.Height;
                i = from;
                continue;
            }
            if (moved > 0) page.RemoveRange(page.Count - moved, moved);
            pages.Add(new PageLayout(TrimTrailingGaps(page)));
            page = [];
            y = 0;
            i = breakAt;
            firstOnPage = i;
        }
        if (page.Count > 0 || pages.Count == 0) pages.Add(new PageLayout(TrimTrailingGaps(page)));
        return pages;
    }

    // Scales the tallest figure of the page (from `pageStart` to the end of what keeps with `at`) so that everything
    // up to that end fits the page; returns its index, or null when no figure can shrink that far.
    private static int? ShrinkFigure(List<Slice> slices, int pageStart, int at, double y, double bodyHeight)
    {
        var chainEnd = at;
        while (chainEnd < slices.Count - 1 && slices[chainEnd].KeepWithNext) chainEnd++;
        var overflow = y;
        for (var k = at; k <= chainEnd; k++) overflow += slices[k].Height;
        overflow -= bodyHeight;
        int? best = null;
        for (var k = pageStart; k <= chainEnd; k++)
            if (slices[k].MinHeight is not null && (best is null || slices[k].Height > slices[best.Value].Height)) best = k;
        if (best is not { } figure || slices[figure].Height - overflow < slices[figure].MinHeight!.Value) return null;
        slices[figure] = slices[figure].ScaledTo(slices[figure].Height - overflow);
        return figure;
    }

    private static List<PlacedSlice> TrimTrailingGaps(List<PlacedSlice> page)
    {
        while (page.Count > 0 && page[^1].Slice.Discardable) page.RemoveAt(page.Count - 1);
        return page;
    }
}
