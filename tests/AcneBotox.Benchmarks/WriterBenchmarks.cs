using AcneBotox.Core.Composition;
using AcneBotox.Core.Writers;
using AcneBotox.Core.Writers.Html;
using AcneBotox.Docx;
using AcneBotox.Pdf;
using BenchmarkDotNet.Attributes;

namespace AcneBotox.Benchmarks;

/// <summary>Each writer rendering the composed seed handout into memory (no file system).</summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private readonly HtmlWriter _html = new();
    private readonly DocxWriter _docx = new();
    private readonly DocxWriter _docxWithFonts = new() { EmbedFonts = true };
    private readonly DocxWriter _docxWithoutFonts = new() { EmbedFonts = false };
    private readonly HandoutPdfWriter _pdf = new();
    private ComposedHandout _handout = null!;
    private RenderContext _context = null!;

    [GlobalSetup]
    public void Setup() => (_, _handout, _context) = SeedHandout.Load();

    [Benchmark]
    public long Html() => Write(_html);

    [Benchmark(Description = "Docx (default settings)")]
    public long Docx() => Write(_docx);

    [Benchmark(Description = "Docx (fonts embedded)")]
    public long DocxWithFonts() => Write(_docxWithFonts);

    [Benchmark(Description = "Docx (fonts not embedded)")]
    public long DocxWithoutFonts() => Write(_docxWithoutFonts);

    [Benchmark]
    public long Pdf() => Write(_pdf);

    private long Write(IDocumentWriter writer)
    {
        using var buffer = new MemoryStream();
        writer.Write(_handout, _context, buffer);
        return buffer.Length;
    }
}
