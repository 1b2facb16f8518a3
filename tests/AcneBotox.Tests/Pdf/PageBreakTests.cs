using AcneBotox.Pdf.Layout;

namespace AcneBotox.Tests.Pdf;

/// <summary>
/// Page breaks chosen over the whole document: the situation a page-by-page fill could not solve (large-print table
/// rows too short to divide, before an end matter half a page tall that keeps with the last row), built from
/// synthetic slices on a 100 pt body.
/// </summary>
public sealed class PageBreakTests
{
    private static Slice Line(bool keepWithNext = false) => new() { Height = 10, KeepWithNext = keepWithNext };

    // One-line paragraphs with 12.5 pt gaps: five of them fill the 100 pt page exactly.
    private static IEnumerable<Slice> Paragraphs(int count) =>
        Enumerable.Range(0, count).SelectMany(n => n == 0 ? [Line()] : new[] { Slice.Gap(12.5), Line() });

    // A table: its header row, then rows of three lines (30 pt; too few to divide), the last keeping with what follows.
    private static List<Slice> Table(int rows)
    {
        var context = new TableContext();
        var header = new Slice { Height = 10, KeepWithNext = true, IsTableHeader = true, Table = context };
        context.Header = header;
        return [header, .. Enumerable.Range(0, rows).Select(n => new Slice { Height = 30, Table = context, KeepWithNext = n == rows - 1 })];
    }

    // End matter 50 pt tall that keeps together.
    private static IEnumerable<Slice> EndMatter() => Enumerable.Range(0, 5).Select(n => Line(keepWithNext: n < 4));

    private static List<Slice> TextTableEndMatter() => [.. Paragraphs(5), Slice.Gap(12.5), .. Table(3), .. EndMatter()];

    [Fact]
    public void Body_moves_to_the_page_of_table_rows_so_the_end_matter_keeping_with_the_last_row_leaves_no_page_too_blank()
    {
        // Filled page by page, the text fills page 1, page 2 holds the header and two rows (30% blank, no gap to
        // stretch) because the last row keeps with the end matter on page 3. The text page can give up its last
        // paragraph instead: its four gaps take the blank when it is justified to its foot.
        var slices = TextTableEndMatter();

        var pages = Paginator.Paginate(slices, 100);

        Assert.Equal(3, pages.Count);
        foreach (var page in pages.SkipLast(1))
            Assert.True(Paginator.BlankShare(page, 100) <= Paginator.MaxBlankShare, $"a page is {Paginator.BlankShare(page, 100):P0} blank");
        Assert.Equal(slices[8], pages[1].Slices[0].Slice); // the fifth paragraph opens page 2, above the table
        Assert.True(pages[2].Slices[0].IsRepeat, "the header row is repeated above the last row");
        Assert.Equal(slices[^6], pages[2].Slices[1].Slice); // the last row, with the end matter
        Assert.Equal(slices.Where(s => !s.Discardable), pages.SelectMany(p => p.Slices).Where(s => !s.IsRepeat && !s.Slice.Discardable).Select(s => s.Slice));
    }

    [Fact]
    public void A_page_justified_to_its_foot_at_most_doubles_the_gaps_between_its_blocks()
    {
        var pages = Paginator.Paginate(TextTableEndMatter(), 100);

        var first = pages[0].Slices;
        Assert.Equal(100, pages[0].ContentHeight, 6);
        for (var n = 1; n < first.Count; n++)
        {
            var space = first[n].Top - (first[n - 1].Top + first[n - 1].Slice.Height);
            var gap = first[n - 1].Slice.Discardable ? first[n - 1].Slice.Height : 0;
            Assert.True(first[n - 1].Slice.Discardable ? space <= gap * Paginator.GapStretch + 1e-6 : Math.Abs(space) < 1e-6,
                $"slice {n} is {space} pt below the end of the one before");
        }
    }

    [Fact]
    public void Without_stretchable_gaps_the_breaker_still_prefers_a_full_page_before_a_blank_one()
    {
        // 26 lines on a 100 pt body: pages of 10, 10 and 6; never a short page before the last.
        var pages = Paginator.Paginate([.. Enumerable.Range(0, 26).Select(_ => Line())], 100);

        Assert.Equal([10, 10, 6], pages.Select(p => p.Slices.Count));
    }

    [Fact]
    public void Fitting_to_max_pages_shrinks_a_figure_to_save_a_page_that_normal_fitting_keeps()
    {
        // Eight 11 pt lines fill 88 pt: moving the 20 pt figure (floor 10) leaves 12% blank, within the target, so
        // it keeps its size; fitting to maxPages shrinks it to 12 pt to save the second page.
        Slice[] slices = [.. Enumerable.Range(0, 8).Select(_ => new Slice { Height = 11 }), new Slice { Height = 20, MinHeight = 10 }];

        var normal = Paginator.Paginate(slices, 100);
        var fitted = Paginator.Paginate(slices, 100, maxBlankShare: 0);

        Assert.Equal(2, normal.Count);
        Assert.Equal(20, normal[1].Slices[0].Slice.Height);
        Assert.Single(fitted);
        Assert.Equal(12, fitted[0].Slices[^1].Slice.Height, 6);
    }
}
