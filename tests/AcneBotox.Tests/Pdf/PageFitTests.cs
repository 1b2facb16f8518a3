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
