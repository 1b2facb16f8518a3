using AcneBotox.Core.Model;
using AcneBotox.Pdf.Fonts;
using AcneBotox.Pdf.Layout;
using CsCheck;

namespace AcneBotox.Tests.Pdf;

public sealed class LayoutPropertyTests
{
    private static readonly TextStyle Body = new(FontKind.Regular, 10, 0);
    private static readonly string[] Words = ["acne", "skin", "Botox", "doctor", "inflammation", new string('x', 60)];

    [Fact]
    public void Line_breaking_keeps_every_character_in_order_and_stays_inside_the_width()
    {
        var text = Gen.Char["ab \u00e9\t-"].Array[0, 300].Select(chars => new string(chars));
        Gen.Select(text, Gen.Int[5, 200]).Sample((input, width) =>
        {
            var lines = LineBreaker.Break([new StyledRun(input, Body)], width, new FixedWidthMeasurer());

            Assert.Equal(Squeeze(input), Squeeze(string.Concat(lines.Select(l => l.Text))));
            Assert.All(lines, l => Assert.True(l.Width <= width || l.VisibleText.Length == 1, $"'{l.Text}' is {l.Width} pt, more than {width}"));
        });
    }

    [Fact]
    public void Pagination_places_every_slice_once_in_order_within_the_page()
    {
        var slice = Gen.Select(Gen.Int[1, 40], Gen.Bool, Gen.Bool)
            .Select((height, keep, gap) => gap ? Slice.Gap(height) : new Slice { Height = height, KeepWithNext = keep });
        Gen.Select(slice.List[0, 80], Gen.Int[40, 120]).Sample((slices, bodyHeight) =>
        {
            var pages = Paginator.Paginate(slices, bodyHeight);

            var placed = pages.SelectMany(p => p.Slices).Where(p => !p.IsRepeat).Select(p => p.Slice).ToList();
            Assert.Equal(slices.Where(s => !s.Discardable), placed.Where(s => !s.Discardable));
            Assert.All(pages, p => Assert.True(p.ContentHeight <= bodyHeight + 0.001));
        });
    }

    [Fact]
    public void Any_mix_of_blocks_lays_out_inside_the_column()
    {
        var word = Gen.Int[0, 5].Select(i => Words[i]);
        var paragraph = word.Array[1, 30].Select(words => (Block)new Paragraph([new Text(string.Join(' ', words))]));
        var block = Gen.Frequency(
            (4, paragraph),
            (1, paragraph.Array[1, 3].Select(items => (Block)new BulletList([.. items.Select(i => LayoutHarness.Item(i))]))),
            (1, paragraph.Array[1, 3].Select(items => (Block)new Callout(CalloutKind.Note, null, [.. items]))),
            (1, word.Select(w => (Block)new Heading(2, [new Text(w)], w))));
        block.Array[1, 12].Sample(blocks =>
        {
            var (slices, pages) = LayoutHarness.Layout(120, blocks);

            var lines = slices.SelectMany(s => s.Pieces).OfType<TextPiece>().SelectMany(p => p.Lines);
            Assert.All(lines, l => Assert.True(l.X + l.Line.Width <= 200 + 1e-6, $"'{l.Line.Text}' overflows"));
            Assert.All(pages, p => Assert.True(p.ContentHeight <= 120 + 0.001));
        });
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
