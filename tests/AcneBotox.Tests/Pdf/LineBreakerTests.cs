using AcneBotox.Pdf.Fonts;
using AcneBotox.Pdf.Layout;

namespace AcneBotox.Tests.Pdf;

public sealed class LineBreakerTests
{
    private static readonly TextStyle Body = new(FontKind.Regular, 10, 0);
    private static readonly FixedWidthMeasurer Measurer = new();

    [Fact]
    public void Breaks_between_words_and_never_exceeds_the_width()
    {
        // 5 pt per character: "aaa bbb" is 35 pt, "aaa bbb ccc" would be 55 pt.
        var lines = LineBreaker.Break([new StyledRun("aaa bbb ccc ddd", Body)], 40, Measurer);

        Assert.Equal(["aaa bbb", "ccc ddd"], lines.Select(l => l.VisibleText));
        Assert.Equal("aaa bbb ", lines[0].Text);
        Assert.All(lines, l => Assert.True(l.Width <= 40));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_between_characters()
    {
        var lines = LineBreaker.Break([new StyledRun("go abcdefghijklmnop now", Body)], 20, Measurer);

        // Cut inside a word: no space is invented between the pieces.
        Assert.Equal("abcd", lines[1].Text);
        Assert.Equal(["go", "abcd", "efgh", "ijkl", "mnop", "now"], lines.Select(l => l.VisibleText));
        Assert.All(lines, l => Assert.True(l.Width <= 20));
    }

    [Fact]
    public void A_forced_break_starts_a_new_line()
    {
        var lines = LineBreaker.Break([new StyledRun("one", Body), new StyledRun("\n", Body), new StyledRun("two", Body)], 200, Measurer);

        Assert.Equal(["one", "two"], lines.Select(l => l.VisibleText));
    }

    [Fact]
    public void Styles_become_fragments_placed_after_each_other()
    {
        var bold = Body.WithBold();
        var lines = LineBreaker.Break([new StyledRun("ask ", Body), new StyledRun("your doctor", bold), new StyledRun(" today", Body)], 500, Measurer);

        var fragments = Assert.Single(lines).Fragments;
        Assert.Equal(["ask ", "your doctor", " today"], fragments.Select(f => f.Text));
        Assert.Equal([0, 20, 75], fragments.Select(f => f.X));
        Assert.Equal(FontKind.Bold, fragments[1].Style.Font);
    }

    [Fact]
    public void Whitespace_runs_collapse_to_one_space()
    {
        var lines = LineBreaker.Break([new StyledRun("  many   spaces\there ", Body)], 500, Measurer);

        Assert.Equal("many spaces here", Assert.Single(lines).Text);
    }

    [Fact]
    public void A_five_million_character_word_is_cut_with_linear_work_and_never_measured_whole()
    {
        const int length = 5_000_000;
        var measurer = new CountingMeasurer();

        var lines = LineBreaker.Break([new StyledRun("before " + new string('w', length) + " after", Body)], 400, measurer);

        // 80 characters of 5 pt fit in 400 pt.
        Assert.Equal(length / 80 + 2, lines.Count);
        Assert.Equal(new string('w', 80), lines[1].VisibleText);
        Assert.All(lines, l => Assert.True(l.Width <= 400));
        Assert.True(measurer.Measured < 5L * length, $"measured {measurer.Measured:N0} characters for a {length:N0}-character word");
        Assert.True(measurer.Longest <= 2 * LineBreaker.MeasuredPieceLength, $"measured {measurer.Longest:N0} characters at once");
    }
}
