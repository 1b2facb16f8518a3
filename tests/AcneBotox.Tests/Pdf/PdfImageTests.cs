using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using AcneBotox.Pdf;

namespace AcneBotox.Tests.Pdf;

public sealed class PdfImageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-pdf-img").FullName;

    [Fact]
    public void An_image_is_a_figure_with_alt_text_scaled_to_the_column_keeping_its_aspect_ratio()
    {
        File.WriteAllBytes(Path.Combine(_root, "face.png"), Png(1200, 600));
        var document = PdfTestDocuments.SeedShaped();
        document = document with { Blocks = [new Image("face.png", "A smiling face", [new Text("Figure 1")]), .. document.Blocks] };

        var (bytes, diagnostics) = Render(document);

        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Warning && d.Rule.StartsWith("pdf", StringComparison.Ordinal));
        var raw = Encoding.Latin1.GetString(bytes);
        Assert.Matches(@"/S/Figure[^>]*/Alt\(A smiling face\)|/Alt\(A smiling face\)[^>]*/S/Figure", raw);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var image = Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Equal(595 - 144, image.BoundingBox.Width, 1);
        Assert.Equal(image.BoundingBox.Width / 2, image.BoundingBox.Height, 1);
    }

    [Fact]
    public void An_image_that_cannot_be_loaded_leaves_its_description_in_the_text()
    {
        var document = PdfTestDocuments.SeedShaped();
        document = document with { Blocks = [new Image("missing.png", "A smiling face", []), .. document.Blocks] };

        var (bytes, diagnostics) = Render(document);

        Assert.Contains(diagnostics.Items, d => d.Rule == "resource.refused");
        Assert.Contains("[Image: A smiling face]", PdfOutputTests.BodyText(bytes), StringComparison.Ordinal);
    }

    private (byte[], DiagnosticBag) Render(Document document)
    {
        var diagnostics = new DiagnosticBag();
        var context = new RenderContext(new HandoutSettings(), new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero),
            new ContentRootResources(_root), diagnostics, Path.Combine(_root, "article.txt"));
        using var output = new MemoryStream();
        new HandoutPdfWriter().Write(document, context, output);
        return (output.ToArray(), diagnostics);
    }

    /// <summary>A grey RGB PNG of the given size.</summary>
    private static byte[] Png(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + width * 3];
            Array.Fill(row, (byte)0x80, 1, width * 3);
            for (var y = 0; y < height; y++) zlib.Write(row);
        }
        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
