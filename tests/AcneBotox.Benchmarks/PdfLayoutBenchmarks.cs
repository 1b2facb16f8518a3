using AcneBotox.Core.Model;
using AcneBotox.Pdf.Layout;
using AcneBotox.Pdf.Rendering;
using BenchmarkDotNet.Attributes;

namespace AcneBotox.Benchmarks;

/// <summary>The PDF layout engine's hot pieces on the seed: line breaking with shaped (HarfBuzz) widths, and pagination.</summary>
[MemoryDiagnoser]
public class PdfLayoutBenchmarks
{
    private PdfTextMeasurer _measurer = null!;
    private HandoutTheme _theme = null!;
    private List<List<StyledRun>> _paragraphs = [];
    private IReadOnlyList<Slice> _slices = [];

    [GlobalSetup]
    public void Setup()
    {
        var (document, handout, _) = SeedHandout.Load();
        _theme = HandoutTheme.From(handout.Look);
        _measurer = new PdfTextMeasurer(new Pdf.Glyphs.GlyphLayout(Pdf.Glyphs.FontChain.AtkinsonOnly));
        var style = new TextStyle(Pdf.Fonts.FontKind.Regular, _theme.BodySize, _theme.Ink);
        _paragraphs = [.. ModelWalker.Descendants(document).OfType<Paragraph>().Select(p => InlineRuns.From(p.Inlines, style, _theme.LinkColor, s => s))];
        var layouter = new BlockLayouter(_theme, _measurer, _ => null, s => s, _ => { });
        layouter.TitleBlock(handout.Title);
        layouter.Body(handout.Body);
        layouter.EndMatter(handout.EndMatter);
        _slices = [.. layouter.Slices];
    }

    [Benchmark(Description = "Break every seed paragraph into lines")]
    public int BreakLines()
    {
        var lines = 0;
        foreach (var runs in _paragraphs) lines += LineBreaker.Break(runs, _theme.PageWidth - 2 * _theme.Margin, _measurer).Count;
        return lines;
    }

    [Benchmark(Description = "Paginate the seed's laid-out slices")]
    public int Paginate() => Paginator.Paginate(_slices, _theme.BodyHeight).Count;
}
