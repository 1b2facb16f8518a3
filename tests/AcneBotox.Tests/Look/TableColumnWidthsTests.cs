using AcneBotox.Core.Fonts;
using AcneBotox.Core.Look;

namespace AcneBotox.Tests.Look;

public sealed class TableColumnWidthsTests
{
    [Fact]
    public void Columns_that_fit_unwrapped_get_their_maximum_and_share_the_rest_in_proportion()
    {
        var widths = TableColumnWidths.Distribute([new(10, 20), new(10, 60)], 160);

        Assert.Equal(160, widths.Sum(), 6);
        Assert.Equal(40, widths[0], 6);
        Assert.Equal(120, widths[1], 6);
    }

    [Fact]
    public void A_short_column_keeps_its_text_on_one_line_beside_a_column_of_sentences()
    {
        // "Day 5" (min 20, max 45) beside two columns of long sentences.
        var widths = TableColumnWidths.Distribute([new(20, 45), new(60, 600), new(70, 900)], 400);

        Assert.Equal(400, widths.Sum(), 6);
        Assert.Equal(45, widths[0], 6);
        Assert.True(widths[1] >= 60 && widths[2] >= 70);
        // The rest is shared in proportion to how much more each column wants.
        Assert.Equal((600 - 60.0) / (900 - 70.0), (widths[1] - 60) / (widths[2] - 70), 6);
    }

    [Fact]
    public void When_not_even_the_longest_words_fit_the_columns_share_in_proportion_to_them()
    {
        var widths = TableColumnWidths.Distribute([new(100, 200), new(300, 400)], 200);

        Assert.Equal([50.0, 150.0], widths);
    }

    [Fact]
    public void Every_column_gets_at_least_its_minimum_when_the_minima_fit()
    {
        var random = new Random(7);
        for (var round = 0; round < 500; round++)
        {
            var columns = Enumerable.Range(0, random.Next(1, 7)).Select(_ =>
            {
                var min = random.Next(1, 100);
                return new ContentWidth(min, min + random.Next(0, 400));
            }).ToArray();
            var available = random.Next(1, 1200);
            var widths = TableColumnWidths.Distribute(columns, available);

            Assert.Equal(available, widths.Sum(), 6);
            if (columns.Sum(c => c.Min) <= available)
                Assert.All(columns.Zip(widths), pair => Assert.True(pair.Second >= pair.First.Min - 1e-9));
            if (columns.Sum(c => c.Max) >= available)
                Assert.All(columns.Zip(widths), pair => Assert.True(pair.Second <= pair.First.Max + 1e-9));
            else
                Assert.All(columns.Zip(widths), pair => Assert.True(pair.Second >= pair.First.Max - 1e-9));
        }
    }

    [Fact]
    public void Content_width_is_the_longest_word_and_the_unwrapped_line_across_runs()
    {
        static double Measure(string text) => text.Length;
        var width = ContentWidth.Of([("Do not ", Measure), ("pick", Measure), ("ing skin", Measure)], padding: 1);

        Assert.Equal(new ContentWidth("picking".Length + 2, "Do not picking skin".Length + 2), width);
    }

    [Fact]
    public void The_bundled_font_measures_like_its_advance_widths()
    {
        var regular = HandoutFonts.MetricsOf(FontFace.Regular);

        Assert.Equal(1000, regular.UnitsPerEm);
        Assert.Equal(1.24, regular.NaturalLineHeight, 2);
        Assert.True(regular.Width("Day 5", 13) > regular.Width("Day", 13));
        Assert.True(HandoutFonts.MetricsOf(FontFace.Bold).Width("Treatment", 13) > regular.Width("Treatment", 13));
        Assert.Equal(2 * regular.Width("ab", 13), regular.Width("ab", 26), 9);
    }
}
