namespace AcneBotox.Pdf.Layout;

/// <summary>
/// What a run of pages costs the reader, summed page by page; <see cref="PageBreaker"/> keeps the distribution whose
/// cost compares lowest. The terms are compared in order, so a later one only decides between distributions that tie
/// on every earlier one.
/// </summary>
/// <param name="BrokenKeeps">Breaks after a slice that keeps with the next (only when a chain is taller than a page).</param>
/// <param name="TooBlank">Pages before the last with more than <see cref="Paginator.TargetBlankShare"/> left blank.</param>
/// <param name="Overshoot">
/// How far those pages go past the target, summed as squares: when a too-blank page cannot be avoided, one a little
/// too blank rather than one half empty.
/// </param>
/// <param name="Adjustments">Figures scaled down and table rows divided between pages: each a small loss.</param>
/// <param name="Pages">Pages used.</param>
/// <param name="Squares">The sum of the squared blank shares of the pages before the last (evenly filled pages first).</param>
internal readonly record struct PageBreakCost(int BrokenKeeps, int TooBlank, double Overshoot, int Adjustments, int Pages, double Squares)
{
    /// <summary>The cost of nothing: no pages yet.</summary>
    public static PageBreakCost None => default;

    /// <summary>The cost of both runs of pages together.</summary>
    public static PageBreakCost operator +(PageBreakCost a, PageBreakCost b) =>
        new(a.BrokenKeeps + b.BrokenKeeps, a.TooBlank + b.TooBlank, a.Overshoot + b.Overshoot, a.Adjustments + b.Adjustments, a.Pages + b.Pages, a.Squares + b.Squares);

    /// <summary>
    /// Whether this cost is lower than <paramref name="other"/>. Kept chains come first. Fitting to <c>maxPages</c>
    /// (<paramref name="fewestPagesFirst"/>) then wants the fewest pages, figures shrunk whenever that saves one;
    /// otherwise the fewest too-blank pages, the least overshoot, then the fewest adjustments (a figure shrinks or a row divides only to
    /// fill a page), then the fewest pages. The squared blank shares decide the rest.
    /// </summary>
    public bool IsLowerThan(PageBreakCost other, bool fewestPagesFirst)
    {
        if (BrokenKeeps != other.BrokenKeeps) return BrokenKeeps < other.BrokenKeeps;
        if (fewestPagesFirst && Pages != other.Pages) return Pages < other.Pages;
        if (TooBlank != other.TooBlank) return TooBlank < other.TooBlank;
        if (Math.Abs(Overshoot - other.Overshoot) > 1e-9) return Overshoot < other.Overshoot;
        if (Adjustments != other.Adjustments) return Adjustments < other.Adjustments;
        if (Pages != other.Pages) return Pages < other.Pages;
        return Squares < other.Squares - 1e-12;
    }
}
