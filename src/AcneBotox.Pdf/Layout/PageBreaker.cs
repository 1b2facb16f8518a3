namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Chooses where pages break by dynamic programming over every feasible break, as Knuth and Plass choose line
/// breaks: between slices, and inside a table row between its lines (<see cref="Slice.SplitHeights"/>; the header
/// row is repeated above the rest). A page may hold more than its height when a figure on it can shrink (to its
/// <see cref="Slice.MinHeight"/> at most) by the excess, which then fills the page exactly. Gaps vanish at the top
/// and foot of a page; those between its blocks may stretch (<see cref="Paginator.GapStretch"/>) so a page that
/// ends too high can be justified to its foot, which a page of table rows, without gaps, cannot. A page's cost (<see cref="PageBreakCost"/>) depends only on where it starts and ends, so the
/// best distribution up to a break is the best up to an earlier break plus one page: the work is the number of
/// breaks times the breaks one page can span, where a greedy fill that only looks at the page in hand leaves the
/// page before a tall chain (the end matter keeping with the last body block) half blank.
/// </summary>
internal sealed class PageBreaker
{
    // Heights are measured in points; rounding in sums must not make a page that fits overflow.
    private const double Epsilon = 0.001;

    private readonly List<Slice> _slices;
    private readonly double _bodyHeight;
    private readonly bool _fewestPagesFirst;

    // Break positions in reading order: before slice Index (Head NaN), or inside it after a first part Head tall.
    private readonly List<(int Index, double Head)> _positions = [];

    // The position of the break before each slice (and after the last).
    private readonly int[] _before;

    // A table row divided at a position inside it, made once.
    private readonly Dictionary<int, (Slice Head, Slice Tail)?> _splits = [];

    /// <summary>Prepares the breaks of <paramref name="slices"/> on pages <paramref name="bodyHeight"/> tall.</summary>
    /// <param name="slices">The slices in reading order.</param>
    /// <param name="bodyHeight">Height of a page's body.</param>
    /// <param name="fewestPagesFirst">Fitting to <c>maxPages</c>: fewer pages before fuller ones (see <see cref="PageBreakCost"/>).</param>
    public PageBreaker(IReadOnlyList<Slice> slices, double bodyHeight, bool fewestPagesFirst)
    {
        // Gaps at the end would vanish at the foot of the last page anyway.
        var count = slices.Count;
        while (count > 0 && slices[count - 1].Discardable) count--;
        _slices = [.. slices.Take(count)];
        _bodyHeight = bodyHeight;
        _fewestPagesFirst = fewestPagesFirst;
        _before = new int[count + 1];
        for (var i = 0; i <= count; i++)
        {
            _before[i] = _positions.Count;
            _positions.Add((i, double.NaN));
            if (i < count)
                foreach (var head in _slices[i].SplitHeights) _positions.Add((i, head));
        }
    }

    /// <summary>The pages of the lowest-cost distribution, their slices placed top to bottom.</summary>
    public List<PageLayout> Pages()
    {
        if (_slices.Count == 0) return [new PageLayout([])];
        var last = _positions.Count - 1;
        var best = new PageBreakCost?[_positions.Count];
        var from = new int[_positions.Count];
        best[0] = PageBreakCost.None;
        for (var start = 0; start < last; start++)
        {
            if (best[start] is not { } reached) continue;
            foreach (var (end, page) in PagesFrom(start))
            {
                var total = reached + page;
                if (best[end] is { } known && !total.IsLowerThan(known, _fewestPagesFirst)) continue;
                best[end] = total;
                from[end] = start;
            }
        }
        var ends = new List<int>();
        for (var end = last; end > 0; end = from[end]) ends.Add(end);
        ends.Reverse();
        var pages = new List<PageLayout>(ends.Count);
        var pageStart = 0;
        foreach (var end in ends)
        {
            pages.Add(Page(pageStart, end));
            pageStart = end;
        }
        return pages;
    }

    // Every page that can start at `start`: where it ends and what it costs. Stops once the page overflows beyond what
    // a figure on it can give back (the natural height less that shrink never decreases as slices are added).
    private IEnumerable<(int End, PageBreakCost Cost)> PagesFrom(int start)
    {
        var (repeat, tail, next) = Opening(start);
        var height = repeat?.Height ?? 0;
        var content = height;
        var shrink = 0.0;
        var items = 0;
        // Gaps between blocks (not at the top or foot) stretch when the page is justified to its foot.
        var gaps = 0.0;
        var pendingGaps = 0.0;
        bool Fits(double h) => h - shrink <= _bodyHeight + Epsilon;
        if (tail is not null)
        {
            height += tail.Height;
            content = height;
            items = 1;
            yield return (_before[next], Cost(_before[next], content, shrink, items, gaps, divided: false));
            if (!Fits(height)) yield break;
        }
        for (var k = next; k < _slices.Count; k++)
        {
            var slice = _slices[k];
            for (var at = _before[k] + 1; at < _before[k + 1]; at++)
            {
                if (Split(at) is not { } parts) continue;
                if (!Fits(height + parts.Head.Height)) break;
                yield return (at, Cost(at, height + parts.Head.Height, shrink, items + 1, items > 0 ? gaps + pendingGaps : 0, divided: true));
            }
            height += slice.Height;
            if (slice.Discardable) pendingGaps += slice.Height;
            else
            {
                content = height;
                if (items > 0) gaps += pendingGaps;
                pendingGaps = 0;
                items++;
            }
            if (slice.MinHeight is { } min) shrink = Math.Max(shrink, slice.Height - min);
            // A first slice taller than the page stands alone on it rather than never being placed.
            if (items > 0 && (Fits(content) || items == 1)) yield return (_before[k + 1], Cost(_before[k + 1], content, shrink, items, gaps, divided: false));
            if (!Fits(height)) yield break;
        }
    }

    private PageBreakCost Cost(int end, double content, double shrink, int items, double gaps, bool divided)
    {
        var final = end == _positions.Count - 1;
        var overflow = content - _bodyHeight;
        var scaled = overflow > Epsilon && items > 1 && shrink >= overflow - Epsilon;
        var (index, head) = _positions[end];
        var brokenKeep = !final && double.IsNaN(head) && _slices[index - 1].KeepWithNext;
        var blank = final ? 0 : Math.Max(0, _bodyHeight - content) / _bodyHeight;
        // Justified to its foot (Paginator.FlushBottom), a page's gaps take up to GapStretch of their height more.
        var over = blank - gaps * Paginator.GapStretch / _bodyHeight - Paginator.TargetBlankShare;
        var tooBlank = over > 1e-9;
        return new PageBreakCost(brokenKeep ? 1 : 0, tooBlank ? 1 : 0, tooBlank ? over * over : 0, (scaled ? 1 : 0) + (divided ? 1 : 0), 1, blank * blank);
    }

    // What opens the page starting at `start`: the repeated header row (on a page after the first that starts with a
    // body row), the rest of a divided row, and the first whole slice after them (gaps at the top skipped).
    private (Slice? Repeat, Slice? Tail, int Next) Opening(int start)
    {
        var (index, head) = _positions[start];
        Slice? tail = null;
        var next = index;
        if (double.IsNaN(head))
            while (next < _slices.Count - 1 && _slices[next].Discardable) next++;
        else
        {
            tail = Split(start)!.Value.Tail;
            next = index + 1;
        }
        var opener = tail ?? _slices[next];
        var repeat = start > 0 && opener.Table?.Header is { } header && !opener.IsTableHeader ? header : null;
        return (repeat, tail, next);
    }

    private (Slice Head, Slice Tail)? Split(int at)
    {
        if (_splits.TryGetValue(at, out var parts)) return parts;
        var (index, head) = _positions[at];
        var slice = _slices[index];
        parts = slice.Split?.Invoke(head);
        // The rest of the row keeps with what follows as the whole row did (a last row with the end matter).
        if (parts is var (_, tail)) tail.KeepWithNext = slice.KeepWithNext;
        _splits[at] = parts;
        return parts;
    }

    // The page from `start` to `end` placed: the figure that can give most shrinks by what the page holds too much.
    private PageLayout Page(int start, int end)
    {
        var (repeat, tail, next) = Opening(start);
        var (endIndex, endHead) = _positions[end];
        var items = new List<Slice>();
        if (tail is not null) items.Add(tail);
        for (var k = next; k < endIndex; k++) items.Add(_slices[k]);
        if (!double.IsNaN(endHead)) items.Add(Split(end)!.Value.Head);
        while (items.Count > 0 && items[^1].Discardable) items.RemoveAt(items.Count - 1);
        var top = repeat?.Height ?? 0;
        var overflow = top + items.Sum(item => item.Height) - _bodyHeight;
        if (overflow > Epsilon && items.Count > 1)
        {
            var figure = -1;
            for (var k = 0; k < items.Count; k++)
                if (items[k].MinHeight is { } min && (figure < 0 || items[k].Height - min > items[figure].Height - items[figure].MinHeight!.Value)) figure = k;
            if (figure >= 0 && items[figure].Height - items[figure].MinHeight!.Value >= overflow - Epsilon)
                items[figure] = items[figure].ScaledTo(items[figure].Height - overflow);
        }
        var placed = new List<PlacedSlice>(items.Count + 1);
        if (repeat is not null) placed.Add(new PlacedSlice(repeat, 0, IsRepeat: true));
        foreach (var item in items)
        {
            placed.Add(new PlacedSlice(item, top));
            top += item.Height;
        }
        return new PageLayout(placed);
    }
}
