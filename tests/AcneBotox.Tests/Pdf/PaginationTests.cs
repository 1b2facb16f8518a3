using AcneBotox.Core.Model;
using AcneBotox.Pdf.Layout;
using static AcneBotox.Tests.Pdf.LayoutHarness;

namespace AcneBotox.Tests.Pdf;

public sealed class PaginationTests
{
    private static Slice Line(bool keepWithNext = false) => new() { Height = 10, KeepWithNext = keepWithNext };

    [Fact]
    public void Slices_fill_a_page_then_continue_on_the_next()
    {
        var pages = Paginator.Paginate([.. Enumerable.Range(0, 10).Select(_ => Line())], 35);

        Assert.Equal([3, 3, 3, 1], pages.Select(p => p.Slices.Count));
        Assert.Equal([0, 10, 20], pages[1].Slices.Select(s => s.Top));
    }

    [Fact]
    public void A_slice_that_keeps_with_the_next_moves_to_the_next_page_with_it()
    {
        Slice[] slices = [Line(), Line(), Line(keepWithNext: true), Line()];

        var pages = Paginator.Paginate(slices, 30);

        Assert.Equal([slices[0], slices[1]], pages[0].Slices.Select(s => s.Slice));
        Assert.Equal([slices[2], slices[3]], pages[1].Slices.Select(s => s.Slice));
    }

    [Fact]
    public void A_chain_longer_than_a_page_is_broken_instead_of_looping()
    {
        var pages = Paginator.Paginate([.. Enumerable.Range(0, 5).Select(_ => Line(keepWithNext: true))], 20);

        Assert.Equal(5, pages.Sum(p => p.Slices.Count));
        Assert.All(pages, p => Assert.True(p.ContentHeight <= 20));
    }

    [Fact]
    public void Gaps_vanish_at_the_top_of_a_page()
    {
        var pages = Paginator.Paginate([Line(), Line(), Slice.Gap(6), Line()], 20);

        Assert.Equal(2, pages.Count);
        Assert.Equal(0, pages[1].Slices[0].Top);
        Assert.False(pages[1].Slices[0].Slice.Discardable);
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        // 50 pt body: a 2-line paragraph (20), a gap (9) and the heading (16.2) fit; the text after it does not.
        var (_, pages) = Layout(50, Words(10), Heading("Risks"), Words(10));

        Assert.DoesNotContain("Risks", Lines(pages[0]));
        Assert.Equal("Risks", Lines(pages[1]).First());
    }

    [Fact]
    public void No_orphan_the_first_line_of_a_paragraph_never_stands_alone_at_the_foot()
    {
        // Column 200 pt = 40 characters: "word " x 8 per line. First paragraph: 3 lines (30) and a gap (6) leave room for one line only.
        var (_, pages) = Layout(47, Words(24), Words(24));

        Assert.Equal(3, Lines(pages[0]).Count());
        Assert.Equal(3, Lines(pages[1]).Count());
    }

    [Fact]
    public void No_widow_the_last_line_of_a_paragraph_never_stands_alone_at_the_top()
    {
        // Body of 30 pt: a 4-line paragraph would leave one line for the next page; two go instead.
        var (_, pages) = Layout(30, Words(32));

        Assert.Equal([2, 2], pages.Select(p => Lines(p).Count()));
    }

    [Fact]
    public void Lines_never_run_past_the_column()
    {
        var (slices, _) = Layout(1000, new Paragraph([new Text("short " + new string('x', 130) + " end")]));

        var lines = slices.SelectMany(s => s.Pieces).OfType<TextPiece>().SelectMany(p => p.Lines).ToList();
        Assert.True(lines.Count >= 4);
        Assert.All(lines, l => Assert.True(l.X + l.Line.Width <= 200 + 1e-9, $"line '{l.Line.Text}' is {l.Line.Width} pt wide"));
    }
}
