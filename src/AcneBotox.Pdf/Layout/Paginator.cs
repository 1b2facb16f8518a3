namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Distributes slices over pages of a fixed body height. A slice that does not fit starts a new page,
/// taking with it the chain of slices that must stay with it (a heading, the first line of a paragraph),
/// unless that chain fills the page already. Gaps vanish at the top of a page; a table's header row is
/// repeated on each page its rows continue to.
/// </summary>
internal static class Paginator
{
    /// <summary>Lays out <paramref name="slices"/> on pages whose body is <paramref name="bodyHeight"/> points tall.</summary>
    public static IReadOnlyList<PageLayout> Paginate(IReadOnlyList<Slice> slices, double bodyHeight)
    {
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
            if (y + slice.Height <= bodyHeight + 0.001 || !pageHasContent)
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

    private static List<PlacedSlice> TrimTrailingGaps(List<PlacedSlice> page)
    {
        while (page.Count > 0 && page[^1].Slice.Discardable) page.RemoveAt(page.Count - 1);
        return page;
    }
}
