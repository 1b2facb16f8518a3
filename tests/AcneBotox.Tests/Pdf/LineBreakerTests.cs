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

    [Fact]
    public void Chinese_breaks_between_ideographs_and_no_line_starts_with_closing_punctuation()
    {
        // 5 pt a character, 40 pt a line: eight characters fit, but the ninth is "。" which may not start a line.
        var text = "痤疮是一种常见的皮肤病。它通常出现在脸上、胸部和背部（青春期最常见）！";
        var lines = LineBreaker.Break([new StyledRun(text, Body)], 40, Measurer);

        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines, l => Assert.True(l.Width <= 40, $"\"{l.Text}\" is {l.Width} pt wide"));
        Assert.All(lines.Skip(1), l => Assert.DoesNotContain(l.Text[0], "。、，）」！？：；"));
        Assert.All(lines.SkipLast(1), l => Assert.DoesNotContain(l.Text[^1], "（「"));
        // "见）！" moves down together: neither "）" nor "！" may start a line.
        Assert.Equal(["痤疮是一种常见的", "皮肤病。它通常出", "现在脸上、胸部和", "背部（青春期最常", "见）！"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Thai_without_spaces_breaks_between_clusters_and_never_before_a_mark()
    {
        var text = "สิวเป็นโรคผิวหนังที่พบบ่อยมาก";
        var lines = LineBreaker.Break([new StyledRun(text, Body)], 30, Measurer);

        Assert.True(lines.Count > 1);
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines, l => Assert.False(char.GetUnicodeCategory(l.Text[0]) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark, $"line starts with a mark: {l.Text}"));
        Assert.All(lines.SkipLast(1), l => Assert.False(l.Text[^1] is >= '\u0E40' and <= '\u0E44', $"line ends with a preposed vowel: {l.Text}"));
    }

    [Fact]
    public void A_soft_hyphen_is_invisible_in_the_line_and_a_hyphen_where_it_breaks()
    {
        var lines = LineBreaker.Break([new StyledRun("Haut\u00ADpflege ist wichtig", Body)], 35, Measurer);

        Assert.Equal(["Haut-", "pflege", "ist", "wichtig"], lines.Select(l => l.VisibleText));
        var single = LineBreaker.Break([new StyledRun("Haut\u00ADpflege", Body)], 500, Measurer);
        Assert.Equal("Haut\u00ADpflege", Assert.Single(single).Text);
    }

    [Fact]
    public void A_no_break_space_holds_a_number_to_its_unit_and_a_hyphen_allows_a_break()
    {
        var lines = LineBreaker.Break([new StyledRun("take 10\u00A0mg twice", Body)], 40, Measurer);
        Assert.Equal(["take", "10\u00A0mg", "twice"], lines.Select(l => l.VisibleText));

        var hyphenated = LineBreaker.Break([new StyledRun("a well-known fact", Body)], 40, Measurer);
        Assert.Equal(["a well-", "known", "fact"], hyphenated.Select(l => l.VisibleText));
    }

    [Fact]
    public void A_phone_number_and_a_price_stay_whole()
    {
        var lines = LineBreaker.Break([new StyledRun("call 555-0134 or pay $25.00 now", Body)], 45, Measurer);

        Assert.Contains("555-0134", lines.Select(l => l.VisibleText).First(l => l.Contains("555", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.VisibleText.Contains("$25.00", StringComparison.Ordinal));
    }

    [Fact]
    public void Breaks_fall_between_runs_of_different_styles_when_the_rules_allow()
    {
        // "治疗" in bold inside plain Chinese: the break may fall at the style change, and styles survive.
        var bold = Body.WithBold();
        var lines = LineBreaker.Break([new StyledRun("痤疮的", Body), new StyledRun("治疗", bold), new StyledRun("方法很多。", Body)], 25, Measurer);

        Assert.Equal("痤疮的治疗方法很多。", string.Concat(lines.Select(l => l.Text)));
        Assert.All(lines, l => Assert.True(l.Width <= 25));
        Assert.Contains(lines.SelectMany(l => l.Fragments), f => f.Style.Font == FontKind.Bold && f.Text.Contains('治', StringComparison.Ordinal));
    }
}
