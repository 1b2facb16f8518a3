namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Distributes slices over pages of a fixed body height. A slice that does not fit starts a new page,
/// taking with it the chain of slices that must stay with it (a heading, the first line of a paragraph),
/// unless that chain fills the page already. Before such a break leaves more than <see cref="TargetBlankShare"/>
/// of the page blank, a table row divides between its lines (header row repeated above the rest), or a figure in the
/// chain is scaled down (to its <see cref="Slice.MinHeight"/> at most) so the chain fits. Gaps vanish at the top of a
/// page. When a break still leaves a page too blank (the end matter, which keeps with the last body block, did not
/// fit under it), pages are filled a little less (up to <see cref="MaxBlankShare"/>), from one of the last pages on
/// or from the first, so that more of the body flows forward; the distribution with the fewest too-blank pages is
/// kept. A page before the last that is still too blank then has the space between its blocks stretched so its last
/// line sits at the foot of the page (vertical justification, as TeX's flush bottom does).
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
        // Fitting to maxPages (maxBlankShare 0) wants the fewest pages first; otherwise no page too blank comes first.
        var fewestPagesFirst = maxBlankShare <= 0;
        var decisionShare = Math.Min(maxBlankShare, TargetBlankShare);
        (int, int) Score(List<PageLayout> pages)
        {
            var tooBlank = TooBlankPages(pages, bodyHeight, TargetBlankShare);
            return fewestPagesFirst ? (pages.Count, tooBlank) : (tooBlank, pages.Count);
        }
        var best = Distribute(input, bodyHeight, 0, 0, decisionShare);
        var bestScore = Score(best);
        foreach (var (reserve, fromPage) in Distributions(bodyHeight, best.Count))
        {
            if (TooBlankPages(best, bodyHeight, TargetBlankShare) == 0) break;
            var pages = Distribute(input, bodyHeight, reserve, fromPage, decisionShare);
            var score = Score(pages);
            if (score.CompareTo(bestScore) < 0)
            {
                best = pages;
                bestScore = score;
            }
        }
        return [.. best.Select((page, p) => p < best.Count - 1 && BlankShare(page, bodyHeight) > TargetBlankShare ? FlushBottom(page, bodyHeight) : page)];
    }

    /// <summary>
    /// The blank share the layout aims under. It is below <see cref="MaxBlankShare"/> because a page's content ends
    /// with its last line's box, whose ink stops a few points higher (the leading and descent below the baseline).
    /// </summary>
    public const double TargetBlankShare = 0.12;

    // Distributions tried after the greedy one (every page filled): for a reserve of 1.5, 3 ... 15% of the body height,
    // leave that much free on each page from one of the last few pages on (nearest the end first), then on all pages.
    // Filling some pages a little less moves body forward, so the end matter keeps with the last body block without
    // leaving the page before it half empty, and a tall row or figure lands where it fits.
    private static IEnumerable<(double Reserve, int FromPage)> Distributions(double bodyHeight, int greedyPages)
    {
        var fromPages = Enumerable.Range(1, BalancedPages).Select(back => greedyPages - 1 - back).Where(p => p > 0).Append(0).ToList();
        for (var step = 1; step <= ReserveSteps; step++)
            foreach (var fromPage in fromPages)
                yield return (bodyHeight * MaxBlankShare * step / ReserveSteps, fromPage);
    }

    // How many of the last pages the reserve may be limited to.
    private const int BalancedPages = 8;

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

    // Reserves tried: 1.5, 3 ... 15% of the body height.
    private const int ReserveSteps = 10;

    /// <summary>How many pages before the last leave more than <paramref name="share"/> of the body blank.</summary>
    public static int TooBlankPages(IReadOnlyList<PageLayout> pages, double bodyHeight, double share = MaxBlankShare) =>
        pages.Take(pages.Count - 1).Count(page => BlankShare(page, bodyHeight) > share + 1e-9);

    /// <summary>The share of the body height a page leaves blank below its content.</summary>
    public static double BlankShare(PageLayout page, double bodyHeight) => (bodyHeight - page.ContentHeight) / bodyHeight;

    // Fills pages up to the body height, less `reserve` from page `fromPage` (0-based) on.
    private static List<PageLayout> Distribute(IReadOnlyList<Slice> input, double bodyHeight, double reserve, int fromPage, double maxBlankShare)
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
            var fill = pages.Count >= fromPage ? bodyHeight - reserve : bodyHeight;
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
            // A table row divides between its lines: its first lines end this page, the rest starts the next. The row
            // is this slice, or the first of the chain that would move with it (a last row keeping with the end matter).
            var splitAt = slice.Split is null && moved > 0 ? breakAt : i;
            var room = fill - (splitAt < i ? page[^moved].Top : y);
            if (blank > maxBlankShare * bodyHeight && slices[splitAt].Split?.Invoke(room) is var (head, tail))
            {
                page.RemoveRange(page.Count - (i - splitAt), i - splitAt);
                tail.KeepWithNext = slices[splitAt].KeepWithNext;
                slices[splitAt] = head;
                slices.Insert(splitAt + 1, tail);
                y = page.Count == 0 ? 0 : page[^1].Top + page[^1].Slice.Height;
                i = splitAt;
                continue;
            }
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
