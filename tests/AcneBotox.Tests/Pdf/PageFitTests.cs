using AcneBotox.Core.Composition;
using AcneBotox.Core.Model;
using AcneBotox.Core.Resources;
using AcneBotox.Pdf.Layout;
using static AcneBotox.Tests.Pdf.LayoutHarness;

namespace AcneBotox.Tests.Pdf;

/// <summary>Page fit: figures shrink before a page is left too blank, and the end matter never stands alone.</summary>
public sealed class PageFitTests
{
    private static Slice Line(bool keepWithNext = false) => new() { Height = 10, KeepWithNext = keepWithNext };

    private static Slice Figure(double height, bool keepWithNext = false) => new()
    {
        Height = height,
        MinHeight = height * BlockLayouter.FigureScaleFloor,
        KeepWithNext = keepWithNext,
        Pieces = [new ImagePiece(new StructNode("Figure", null), new ImageResource(new byte[1], "image/png", 100, 100), 0, 0, height, height)],
    };

    [Fact]
    public void A_figure_that_would_leave_the_page_a_third_blank_shrinks_to_fit_it()
    {
        // 100 pt body: 6 lines (60), then an 50 pt figure with its caption line: moving them would leave 40% blank.
        var figure = Figure(50, keepWithNext: true);
        Slice[] slices = [.. Enumerable.Range(0, 6).Select(_ => Line()), figure, Line()];

        var pages = Paginator.Paginate(slices, 100);

        Assert.Single(pages);
        var placed = pages[0].Slices.Single(s => s.Slice.MinHeight is not null).Slice;
        Assert.Equal(30, placed.Height, 6);
        Assert.Equal(30, ((ImagePiece)placed.Pieces[0]).Height, 6);
        Assert.Equal(50, figure.Height); // the input is not changed
    }

    [Fact]
    public void A_figure_never_shrinks_below_its_floor_and_moves_instead()
    {
        // Only 20 pt left for a 50 pt figure and its caption: 60% would be 30 pt, so it moves whole.
        Slice[] slices = [.. Enumerable.Range(0, 8).Select(_ => Line()), Figure(50, keepWithNext: true), Line()];

        var pages = Paginator.Paginate(slices, 100);

        Assert.Equal(2, pages.Count);
        Assert.Equal(50, pages[1].Slices[0].Slice.Height);
    }

    [Fact]
    public void A_figure_that_leaves_little_blank_moves_at_full_size()
    {
        // 8.6 lines used: moving the figure leaves 14% blank, under the 15% limit.
        Slice[] slices = [.. Enumerable.Range(0, 8).Select(_ => Line()), new Slice { Height = 6 }, Figure(50)];

        var pages = Paginator.Paginate(slices, 100);

        Assert.Equal(50, pages[^1].Slices.Single(s => s.Slice.MinHeight is not null).Slice.Height);
    }

    // A two-column table whose second cell holds `words` words (the fixed measurer breaks them into lines).
    private static Table TableWithRow(int words) => new(
        new TableRow([new TableCell([new Text("When")]), new TableCell([new Text("What")])]),
        [new TableRow([new TableCell([new Text("Day 1")]), new TableCell([new Text(string.Join(' ', Enumerable.Repeat("word", words)))])])]);

    [Fact]
    public void A_table_row_that_would_leave_the_page_too_blank_splits_between_its_lines_with_the_header_repeated()
    {
        // 100 pt body: 3 lines of text, then a table whose one row has many lines; moving the row whole would
        // leave about 65% of the first page blank.
        var (_, pages) = Layout(100, Words(24), TableWithRow(300));

        Assert.True(pages.Count >= 2);
        Assert.True(Paginator.BlankShare(pages[0], 100) <= Paginator.MaxBlankShare, $"first page {Paginator.BlankShare(pages[0], 100):P0} blank");
        var rowParts = pages.Take(2).Select(page => page.Slices.Where(s => !s.Slice.IsTableHeader && s.Slice.Table is not null).ToList()).ToList();
        Assert.Single(rowParts[0]);
        Assert.True(pages[1].Slices[0].IsRepeat && pages[1].Slices[0].Slice.IsTableHeader, "the header row is repeated above the rest of the row");
        // Every line of the cell is printed once, in order, across the pages.
        var cellLines = pages.SelectMany(TextPieces).Where(p => p.Node!.Tag == "TD").SelectMany(p => p.Lines).Select(l => l.Line.VisibleText);
        Assert.Equal(300, cellLines.Sum(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w == "word")));
    }

    [Fact]
    public void A_table_row_never_splits_leaving_fewer_than_two_lines_on_a_page()
    {
        var theme = Theme(100);
        var (slices, _) = Layout(100, TableWithRow(40));
        var row = slices.Single(s => s.Table is not null && !s.IsTableHeader);
        var line = theme.Body.Size * theme.LineHeight;

        Assert.Null(row.Split!(theme.Type.TablePadding * 2 + line * 1.5)); // one line would be left above
        Assert.Null(row.Split!(row.Height - line)); // one line would be left below
        var (head, tail) = row.Split!(theme.Type.TablePadding * 2 + line * 2) ?? throw new InvalidOperationException("two lines fit");
        Assert.Equal(row.Height + 2 * theme.Type.TablePadding, head.Height + tail.Height, 6);
    }

    [Fact]
    public void Body_moves_forward_from_earlier_pages_so_the_end_matter_does_not_leave_the_page_before_it_half_empty()
    {
        var theme = Theme(100);
        var layouter = new BlockLayouter(theme, new FixedWidthMeasurer(), _ => null, s => s, _ => { });
        // Four pages of one-line paragraphs (each line plus its gap), then an end matter half a page tall: filled
        // greedily, the last body lines sit alone above the end matter's page break.
        layouter.Body(Composed([.. Enumerable.Range(0, 26).Select(_ => Words(3))]));
        layouter.EndMatter([.. Enumerable.Range(0, 4).Select(n => Line(EndMatterKind.Disclaimer, $"General information {n}."))]);

        var pages = Paginator.Paginate(layouter.Slices, theme.BodyHeight);

        Assert.Equal(0, Paginator.TooBlankPages(pages, theme.BodyHeight));
        Assert.Equal("word word word", LayoutHarness.Lines(pages[^1]).First());
    }

    [Fact]
    public void The_end_matter_keeps_with_the_last_body_block_so_the_last_page_is_never_only_end_matter()
    {
        var theme = Theme(100);
        var layouter = new BlockLayouter(theme, new FixedWidthMeasurer(), _ => null, s => s, _ => { });
        // Eight one-line paragraphs fill most of the page; the end matter (rule and three lines) does not fit under them.
        layouter.Body(Composed([.. Enumerable.Range(0, 8).Select(_ => Words(3))]));
        layouter.EndMatter([Line(EndMatterKind.Review, "Last reviewed 1 May 2026."), Line(EndMatterKind.Disclaimer, "General information."), Line(EndMatterKind.Contact, "Call us.")]);

        var pages = Paginator.Paginate(layouter.Slices, theme.BodyHeight);

        Assert.Equal(2, pages.Count);
        var last = LayoutHarness.Lines(pages[^1]).ToList();
        Assert.Equal("word word word", last[0]);
        Assert.Equal("Call us.", last[^1]);
    }

    [Fact]
    public void A_page_still_too_blank_before_the_end_matter_is_stretched_to_its_foot()
    {
        var theme = Theme(200);
        var layouter = new BlockLayouter(theme, new FixedWidthMeasurer(), _ => null, s => s, _ => { });
        // Paragraphs with gaps fill about 60% of the page; the last paragraph and the long end matter need the next one.
        layouter.Body(Composed([.. Enumerable.Range(0, 10).Select(_ => Words(3))]));
        layouter.EndMatter([.. Enumerable.Range(0, 8).Select(n => Line(EndMatterKind.Disclaimer, $"End line {n}."))]);

        var pages = Paginator.Paginate(layouter.Slices, theme.BodyHeight);

        Assert.Equal(2, pages.Count);
        Assert.True(Paginator.BlankShare(pages[0], theme.BodyHeight) <= Paginator.MaxBlankShare, $"first page {Paginator.BlankShare(pages[0], theme.BodyHeight):P0} blank");
        Assert.Equal("word word word", LayoutHarness.Lines(pages[1]).First());
    }

    private static EndMatterLine Line(EndMatterKind kind, string text) => new(kind, [new Text(text)]);
}
