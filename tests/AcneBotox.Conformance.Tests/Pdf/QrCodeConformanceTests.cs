using System.Text;
using AcneBotox.Conformance.Tests.Parity;
using ZXing;
using ZXing.Common;

namespace AcneBotox.Conformance.Tests.Pdf;

/// <summary>
/// The QR code to the online version works on paper: the page pdftoppm renders at 150 dpi decodes, with ZXing.Net,
/// to the handout's <c>onlineUrl</c>, and the address is printed beside it.
/// </summary>
public sealed class QrCodeConformanceTests
{
    [Theory]
    [InlineData("https://riverside.example/handouts/chemical-peel-aftercare", false)]
    [InlineData("https://riverside.example/handouts/chemical-peel-aftercare?lang=en&print=1", true)]
    public void The_rendered_page_decodes_to_the_online_address(string url, bool largePrint)
    {
        var pdftoppm = RealClient.Require("pdftoppm", "apt-get install poppler-utils");
        var pdftotext = RealClient.Require("pdftotext", "apt-get install poppler-utils");
        var folder = Directory.CreateTempSubdirectory("acnebotox-qr-").FullName;
        try
        {
            var source = Path.Combine(ParityExport.HandoutsFolder, "chemical-peel-aftercare.md");
            var handout = Path.Combine(folder, "chemical-peel-aftercare.md");
            File.WriteAllText(handout, File.ReadAllText(source).Replace("---\n:::key-points", $"onlineUrl: {url}\n---\n:::key-points", StringComparison.Ordinal));
            Assert.Contains("onlineUrl:", File.ReadAllText(handout), StringComparison.Ordinal);
            using var export = new ParityExport();
            var pdf = export.Export(handout, largePrint: largePrint).Pdf;

            var pages = Directory.GetFiles(folder, "*.pgm");
            Assert.Empty(pages);
            var rendered = RealClient.Run(pdftoppm, ["-r", "150", "-gray", pdf, Path.Combine(folder, "page")]);
            Assert.Equal(0, rendered.ExitCode);
            var decoded = Directory.GetFiles(folder, "page*.pgm").Order(StringComparer.Ordinal)
                .Select(Decode).Where(text => text is not null).ToList();
            Assert.Equal([url], decoded);

            var text = RealClient.Run(pdftotext, [pdf, "-"]).StandardOutput;
            Assert.Contains(url, text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // A binary PGM (P5, 8-bit) as pdftoppm -gray writes it, decoded by ZXing's QR reader; null when no code is found.
    private static string? Decode(string pgm)
    {
        var bytes = File.ReadAllBytes(pgm);
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at])) at++;
            fields.Add(Encoding.ASCII.GetString(bytes, start, at - start));
        }
        at++;
        Assert.Equal("P5", fields[0]);
        var width = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture);
        var source = new RGBLuminanceSource(bytes[at..(at + width * height)], width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var reader = new BarcodeReaderGeneric
        {
            Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        return reader.Decode(source)?.Text;
    }
}
