using System.Collections.Immutable;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Model;
using AcneBotox.Tests.Writers.Html;
using AcneBotox.Pdf.Layout;

namespace AcneBotox.Tests.Pdf;

/// <summary>Lays out model blocks on small fake pages with the fixed-width measurer.</summary>
internal static class LayoutHarness
{
    /// <summary>A theme with a 10 pt body, line height 1 (10 pt lines), 200 pt column and the given body height.</summary>
    public static HandoutTheme Theme(double bodyHeight) => new()
    {
        PageWidth = 220,
        PageHeight = bodyHeight + 20,
        Margin = 10,
        BodySize = 10,
        LineHeight = 1,
    };

    public static (IReadOnlyList<Slice> Slices, IReadOnlyList<PageLayout> Pages) Layout(double bodyHeight, params Block[] blocks)
    {
        var theme = Theme(bodyHeight);
        var layouter = new BlockLayouter(theme, new FixedWidthMeasurer(), _ => null, s => s);
        layouter.Body(Composed(blocks));
        return (layouter.Slices, Paginator.Paginate(layouter.Slices, theme.BodyHeight));
    }

    /// <summary>The blocks as the composition hands them to every writer (heading levels fixed, callouts titled).</summary>
    public static ImmutableArray<Block> Composed(params Block[] blocks)
    {
        var document = new Document(new Metadata { Title = "Harness", Provenance = new Provenance("harness.md", "0") }, [.. blocks]);
        return HandoutComposer.Compose(document, HtmlTestDocuments.Context(document)).Body;
    }

    public static Paragraph Words(int count, string word = "word") =>
        new([new Text(string.Join(' ', Enumerable.Repeat(word, count)))]);

    public static Heading Heading(string text, int level = 1) => new(level, [new Text(text)], text.ToLowerInvariant());

    public static IEnumerable<TextPiece> TextPieces(PageLayout page) => page.Slices.SelectMany(s => s.Slice.Pieces).OfType<TextPiece>();

    public static IEnumerable<string> Lines(PageLayout page) =>
        TextPieces(page).SelectMany(p => p.Lines).Select(l => l.Line.VisibleText);

    public static ImmutableArray<Block> Item(params Block[] blocks) => [.. blocks];
}
