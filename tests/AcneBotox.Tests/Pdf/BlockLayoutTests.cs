using AcneBotox.Core.Composition;
using AcneBotox.Core.Model;
using AcneBotox.Pdf.Layout;
using static AcneBotox.Tests.Pdf.LayoutHarness;

namespace AcneBotox.Tests.Pdf;

public sealed class BlockLayoutTests
{
    [Fact]
    public void A_list_continues_across_a_page_break_with_labels_and_hanging_indent()
    {
        var list = new OrderedList(1, [.. Enumerable.Range(0, 6).Select(_ => Item(Words(12)))]);

        var (_, pages) = Layout(50, list);

        Assert.True(pages.Count >= 2);
        var pieces = pages.SelectMany(p => TextPieces(p)).ToList();
        var labels = pieces.Where(p => p.Node!.Tag == "Lbl").ToList();
        Assert.Equal(["1.", "2.", "3.", "4.", "5.", "6."], labels.Select(l => l.Lines[0].Line.Text));
        var bodyLines = pieces.Where(p => p.Node!.Tag == "P").SelectMany(p => p.Lines).ToList();
        Assert.All(bodyLines, l => Assert.True(l.X > labels[0].Lines[0].X + labels[0].Lines[0].Line.Width, "body text hangs right of the label"));
        var listNodes = pieces.Select(p => p.Node!.Path()[0]).Distinct().ToList();
        Assert.Equal("L", Assert.Single(listNodes).Tag);
        Assert.All(pages, page => Assert.Contains(TextPieces(page), p => p.Node!.Tag == "P"));
    }

    [Fact]
    public void A_label_sits_on_the_first_line_of_its_item()
    {
        var (slices, _) = Layout(1000, new BulletList([Item(Words(20))]));

        var first = slices.First(s => s.Pieces.Count > 0);
        Assert.Equal(["Lbl", "P"], first.Pieces.Select(p => p.Node!.Tag));
        Assert.Equal("\u2022", ((TextPiece)first.Pieces[0]).Lines[0].Line.Text);
    }

    [Fact]
    public void Nested_lists_get_a_different_bullet_and_a_deeper_indent()
    {
        var nested = new BulletList([Item(Words(2), new BulletList([Item(Words(2))]))]);

        var (slices, _) = Layout(1000, nested);

        var labels = slices.SelectMany(s => s.Pieces).OfType<TextPiece>().Where(p => p.Node!.Tag == "Lbl").ToList();
        Assert.Equal(["\u2022", "\u2013"], labels.Select(l => l.Lines[0].Line.Text));
        Assert.True(labels[1].Lines[0].X > labels[0].Lines[0].X);
    }

    [Fact]
    public void A_callout_splits_across_pages_and_its_box_is_drawn_on_both()
    {
        var callout = new Callout(CalloutKind.KeyPoints, null, [Words(20), Words(20), Words(20), Words(20)]);

        var (_, pages) = Layout(60, callout);

        Assert.True(pages.Count >= 2);
        var boxes = pages.Select(p => p.Slices.SelectMany(s => s.Slice.Decorations).Distinct().ToList()).ToList();
        Assert.All(boxes, b => Assert.Single(b));
        Assert.Same(boxes[0][0], boxes[1][0]);
        Assert.Equal("Key points", Lines(pages[0]).First());
    }

    [Fact]
    public void A_table_repeats_its_header_row_on_each_new_page()
    {
        var header = new TableRow([new TableCell([new Text("Treatment")]), new TableCell([new Text("How often")])]);
        var rows = Enumerable.Range(0, 12).Select(i => new TableRow([new TableCell([new Text($"Row {i}")]), new TableCell([new Text("Daily")])]));
        var (_, pages) = Layout(100, new Table(header, [.. rows]));

        Assert.True(pages.Count >= 2);
        var continuation = pages[1].Slices[0];
        Assert.True(continuation.IsRepeat);
        Assert.True(continuation.Slice.IsTableHeader);
        Assert.Contains("Row", Lines(pages[1]).Skip(2).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_row_taller_than_a_page_is_split_between_lines_and_stays_inside_the_pages()
    {
        var header = new TableRow([new TableCell([new Text("Question")]), new TableCell([new Text("Answer")])]);
        var huge = new TableRow([new TableCell([new Text("Why?")]), new TableCell([new Text(string.Join(' ', Enumerable.Repeat("word", 200)))])]);

        var (_, pages) = Layout(100, new Table(header, [huge]));

        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.True(p.ContentHeight <= 100 + 1e-9));
        var answerCells = pages.SelectMany(TextPieces).Where(p => p.Node!.Tag == "TD" && p.Lines.Count > 0).Select(p => p.Node).Distinct().ToList();
        Assert.Equal(2, answerCells.Count);
    }

    [Fact]
    public void Heading_levels_never_skip_a_level()
    {
        var (slices, _) = Layout(1000, Heading("A", 3), Words(2), Heading("B", 1), Heading("C", 4));

        var tags = slices.SelectMany(s => s.Pieces).Select(p => p.Node?.Tag).Where(t => t is not null && t.StartsWith('H')).ToList();
        Assert.Equal(["H2", "H2", "H3"], tags);
    }

    [Fact]
    public void Headings_carry_outline_entries()
    {
        var (slices, _) = Layout(1000, Heading("What is Botox?"), Words(3));

        var entry = Assert.Single(slices, s => s.Outline is not null).Outline!;
        Assert.Equal(("What is Botox?", 2), (entry.Title, entry.Level));
    }

    [Fact]
    public void Table_columns_are_sized_by_content_so_a_short_cell_stays_on_one_line_and_long_words_still_break()
    {
        static TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell([new Text(c)]))]);
        var table = new Table(Row("Day", "What you may notice", "What to do"),
        [
            Row("Day 5", "Flaking around the mouth and nose, and some tightness", "Do not pick; trim loose skin with clean scissors"),
            Row("Day 7", "New pink skin", "Keep using sunscreen every morning"),
            Row("Later", "Supercalifragilisticexpialidociousnessworthy", "Rest"),
        ]);

        var (_, pages) = Layout(1000, table);

        var cells = pages.SelectMany(TextPieces).Where(p => p.Node!.Tag == "TD").ToList();
        var dayCells = cells.Where(p => p.Lines.Count > 0 && p.Lines[0].Line.Fragments.Any(f => f.Text.StartsWith("Day", StringComparison.Ordinal))).ToList();
        Assert.Equal(2, dayCells.Count);
        Assert.All(dayCells, cell => Assert.Single(cell.Lines));
        // The overlong word is cut between characters and never runs past its column.
        var longWord = cells.Single(p => p.Lines.Count > 0 && p.Lines[0].Line.Fragments.Any(f => f.Text.StartsWith("Supercali", StringComparison.Ordinal)));
        Assert.True(longWord.Lines.Count > 1);
        Assert.All(pages.SelectMany(TextPieces).SelectMany(p => p.Lines), line => Assert.True(line.X + line.Line.Width <= 200 + 1e-6));
    }

    [Fact]
    public void The_sources_after_the_article_are_spaced_like_a_section_of_it()
    {
        // The PDF lays out the article and then the sources as two runs of body blocks; the sources heading must
        // keep the space above it that a heading inside the article gets (it used to sit on the last paragraph).
        var theme = Theme(1000);
        double GapAboveHeading(params Block[][] runs)
        {
            var layouter = new BlockLayouter(theme, new FixedWidthMeasurer(), _ => null, s => s, _ => { });
            foreach (var run in runs) layouter.Body(Composed(run));
            var slices = layouter.Slices;
            var heading = slices.ToList().FindIndex(s => s.Pieces.OfType<TextPiece>().Any(p => p.Node!.Tag.StartsWith('H')));
            return slices.Take(heading).Reverse().TakeWhile(s => s.Pieces.Count == 0).Sum(s => s.Height);
        }

        var oneRun = GapAboveHeading([Words(5), Heading("Sources", 2), Words(3)]);
        var twoRuns = GapAboveHeading([Words(5)], [Heading("Sources", 2), Words(3)]);

        Assert.True(oneRun > 0);
        Assert.Equal(oneRun, twoRuns, 3);
    }

    [Fact]
    public void The_first_section_heading_is_spaced_from_the_title_like_any_section_heading()
    {
        // Right under the title the first heading used to get only the small space under the title, so
        // "Introduction" read as a subtitle; it gets the space above that every later section heading gets.
        var theme = Theme(1000);
        var layouter = new BlockLayouter(theme, new FixedWidthMeasurer(), _ => null, s => s, _ => { });
        layouter.TitleBlock(new TitleBlock("Can Botox help acne?", null, null));
        layouter.Body(Composed(Heading("Introduction"), Words(5), Heading("What is Botox?"), Words(5)));
        var slices = layouter.Slices.ToList();
        double GapAbove(string heading)
        {
            var at = slices.FindIndex(s => s.Pieces.OfType<TextPiece>().Any(p => p.Node!.Tag.StartsWith('H') && p.Node.Tag != "H1" && p.Lines.Any(l => l.Line.Text.Contains(heading, StringComparison.Ordinal))));
            Assert.True(at > 0, $"heading '{heading}' was not laid out");
            return slices.Take(at).Reverse().TakeWhile(s => s.Pieces.Count == 0).Sum(s => s.Height);
        }

        Assert.Equal(GapAbove("What is Botox?"), GapAbove("Introduction"), 3);
    }
}
