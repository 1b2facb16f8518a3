using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using AcneBotox.Pdf;

namespace AcneBotox.Tests.Images;

/// <summary>
/// Issue 12: ordinary JPEGs (baseline, progressive, grey, CMYK from programs that start the file with an
/// Adobe segment) go into the PDF as they are; what PDF cannot show, or a truncated file, is a warning.
/// </summary>
public sealed class JpegTests : IDisposable
{
    private readonly ImageWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("baseline.jpg", 3)]
    [InlineData("progressive.jpg", 3)]
    [InlineData("grey.jpg", 1)]
    [InlineData("cmyk.jpg", 4)]
    [InlineData("cmyk-progressive.jpg", 4)]
    public void An_ordinary_jpeg_loads_and_is_drawn_in_the_pdf(string name, int components)
    {
        _workspace.Add(name, File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, name)));
        var diagnostics = new DiagnosticBag();

        var image = new ContentRootResources(_workspace.Content).LoadImage(name, _workspace.Document, 1, diagnostics);

        Assert.NotNull(image);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(("image/jpeg", 32, 24), (image.MediaType, image.PixelWidth, image.PixelHeight));
        Assert.Equal(components, AcneBotox.Core.Resources.Decoding.JpegFile.Parse(image.Bytes.Span).Components);
        var (pdf, pdfDiagnostics) = RenderPdf(name);
        Assert.DoesNotContain(pdfDiagnostics.Items, d => d.Rule == "resource.refused");
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Single(read.GetPage(1).GetImages());
    }

    [Fact]
    public void A_cmyk_jpeg_that_starts_with_an_adobe_segment_gets_an_empty_exif_segment_for_the_pdf_only()
    {
        var cmyk = File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, "cmyk.jpg"));
        _workspace.Add("cmyk.jpg", cmyk);

        var image = new ContentRootResources(_workspace.Content).LoadImage("cmyk.jpg", _workspace.Document, 1, new DiagnosticBag());

        Assert.NotNull(image);
        Assert.Equal(cmyk, image.Bytes.ToArray());
        Assert.Equal("Exif"u8.ToArray(), image.PrintBytes.Span.Slice(6, 4).ToArray());
        Assert.Equal(cmyk[2..], image.PrintBytes.Span[(2 + 24)..].ToArray());
    }

    [Fact]
    public void Fill_bytes_before_a_marker_are_dropped_for_the_pdf_and_the_image_is_drawn()
    {
        var jpeg = File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, "baseline.jpg")).ToList();
        var quantization = jpeg.FindIndex(2, b => b == 0xDB) - 1;
        jpeg.InsertRange(quantization, [0xFF, 0xFF, 0xFF]);
        _workspace.Add("filled.jpg", [.. jpeg]);

        var (pdf, diagnostics) = RenderPdf("filled.jpg");

        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == "resource.refused");
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Single(read.GetPage(1).GetImages());
    }

    [Fact]
    public void Arithmetic_coding_is_refused_with_a_reason_and_the_document_still_renders()
    {
        _workspace.Add("arithmetic.jpg", File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, "arithmetic.jpg")));

        var (pdf, diagnostics) = RenderPdf("arithmetic.jpg");

        Assert.Contains(diagnostics.Items, d => d.Rule == "resource.refused" && d.Message.Contains("arithmetic", StringComparison.Ordinal));
        Assert.Contains("[Image: a picture]", Pdf.PdfOutputTests.BodyText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Twelve_bit_samples_are_refused_with_a_reason()
    {
        var jpeg = File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, "baseline.jpg"));
        var sof = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        jpeg[sof + 4] = 12;
        _workspace.Add("deep.jpg", jpeg);

        var diagnostics = new DiagnosticBag();
        Assert.Null(new ContentRootResources(_workspace.Content).LoadImage("deep.jpg", _workspace.Document, 1, diagnostics));
        Assert.Contains("12-bit", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("baseline.jpg", 20)]
    [InlineData("baseline.jpg", 70)]
    [InlineData("progressive.jpg", 50)]
    [InlineData("cmyk.jpg", 90)]
    public void A_truncated_jpeg_is_a_warning_and_the_document_still_renders(string name, int percent)
    {
        var jpeg = File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, name));
        _workspace.Add(name, jpeg[..(jpeg.Length * percent / 100)]);

        var (pdf, diagnostics) = RenderPdf(name);

        Assert.Contains(diagnostics.Items, d => d.Rule == "resource.refused" && d.Message.Contains("truncated", StringComparison.Ordinal));
        using var read = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.Empty(read.GetPage(1).GetImages());
    }

    private (byte[] Pdf, DiagnosticBag Diagnostics) RenderPdf(string source)
    {
        var document = new Document(new Metadata { Title = "Pictures", Provenance = new Provenance("article.md", new string('0', 64)) },
            [new Image(source, "a picture", []), new Paragraph([new Text("Text.")])]);
        var diagnostics = new DiagnosticBag();
        var context = new RenderContext(new HandoutSettings(), new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero),
            new ContentRootResources(_workspace.Content), diagnostics, _workspace.Document);
        using var output = new MemoryStream();
        new HandoutPdfWriter().Write(document, context, output);
        return (output.ToArray(), diagnostics);
    }
}
