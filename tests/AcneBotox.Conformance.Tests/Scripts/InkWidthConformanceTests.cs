using System.Globalization;
using System.Text;
using System.Text.Json;
using UglyToad.PdfPig;

namespace AcneBotox.Conformance.Tests.Scripts;

/// <summary>
/// Issue 16, "done when": shaped words of each script, drawn in our PDF (rasterised by pdftoppm) and by Chromium with
/// the same font files (@font-face data URIs, canvas text shaped by Chromium's HarfBuzz), have the same ink width
/// within 3%. The ink width is from the leftmost to the rightmost dark pixel, in ems of the font size.
/// </summary>
public sealed class InkWidthConformanceTests(ITestOutputHelper output) : IDisposable
{
    private const double BodySize = 13;
    private const int Dpi = 600;
    private const double BrowserSize = 200;

    private static readonly string Atkinson = Path.Combine(RealClient.RepositoryRoot, "src", "AcneBotox.Core", "Fonts", "AtkinsonHyperlegible-Regular.ttf");

    // The fallback chain the PDF uses for these words, in its order; Chromium gets the same files in the same order.
    private static readonly string[] Fonts =
    [
        Atkinson,
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    ];

    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-ink-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string, string> Words => new()
    {
        { "en", "AVATAR Today office" },
        { "es", "Lávese la cara" },
        { "vi", "Rửa mặt hai lần" },
        { "ru", "Умывайтесь дважды" },
        { "el", "Πλένετε το πρόσωπο" },
        { "zh", "痤疮皮肤的护理" },
        { "ar", "اغسل وجهك مرتين" },
        { "he", "רחצו את הפנים" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void A_word_has_the_same_ink_width_in_our_pdf_and_in_chromium(string language, string word)
    {
        var pdftoppm = RealClient.Require("pdftoppm", "Debian package 'poppler-utils'");
        var node = RealClient.Require("node", "Debian package 'nodejs'");
        var script = RealClient.RequireFile(Path.Combine(RealClient.RepositoryRoot, ".ci", "tools", "ink-width.js"), "part of the repository");
        RealClient.RequireFile(Path.Combine(RealClient.RepositoryRoot, ".ci", "tools", "node_modules", "puppeteer-core", "package.json"), "npm ci in .ci/tools");
        foreach (var font in Fonts) RealClient.RequireFile(font, "Debian packages fonts-noto-core and fonts-droid-fallback");

        var pdfEms = PdfInkWidth(pdftoppm, language, word);
        var browserEms = BrowserInkWidth(node, script, word);

        var difference = Math.Abs(pdfEms - browserEms) / browserEms;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language} \"{word}\": PDF {pdfEms:F4} em, Chromium {browserEms:F4} em, {difference:P2} apart"));
        Assert.True(difference <= 0.03, string.Create(CultureInfo.InvariantCulture,
            $"\"{word}\": PDF ink {pdfEms:F4} em, Chromium {browserEms:F4} em ({difference:P1} apart)"));
    }

    // Exports a handout whose body is the word alone, finds its baseline with PdfPig and measures the ink of that line.
    private double PdfInkWidth(string pdftoppm, string language, string word)
    {
        var pdf = OneParagraphPdf.Export(_root, "ink", word, language);

        double baseline, pageHeight;
        using (var document = PdfDocument.Open(pdf))
        {
            var page = document.GetPage(1);
            pageHeight = page.Height;
            var letter = page.Letters.First(l => Math.Abs(l.PointSize - BodySize) < 0.5 && l.Value.Length > 0 && l.Value.All(c => word.Contains(c, StringComparison.Ordinal)));
            baseline = letter.StartBaseLine.Y;
        }
        var raster = Path.Combine(_root, "page");
        var run = RealClient.Run(pdftoppm, ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, raster]);
        Assert.True(run.ExitCode == 0, run.StandardError);
        var image = Pgm.Read(raster + ".pgm");
        var scale = Dpi / 72.0;
        var top = (int)((pageHeight - baseline - 1.0 * BodySize) * scale);
        var bottom = (int)((pageHeight - baseline + 0.4 * BodySize) * scale);
        var (left, right) = image.InkColumns(top, bottom);
        return (right - left + 1) / scale / BodySize;
    }

    // Writes a page that draws the word on a canvas with the same fonts and reports its ink width in ems.
    private double BrowserInkWidth(string node, string script, string word)
    {
        var faces = new StringBuilder();
        var families = new List<string>();
        for (var i = 0; i < Fonts.Length; i++)
        {
            faces.Append(CultureInfo.InvariantCulture, $"@font-face {{ font-family: 'F{i}'; src: url(data:font/ttf;base64,{Convert.ToBase64String(File.ReadAllBytes(Fonts[i]))}); }}\n");
            families.Add($"\"F{i}\"");
        }
        var font = string.Create(CultureInfo.InvariantCulture, $"{BrowserSize}px {string.Join(", ", families)}");
        var html = $$"""
            <!doctype html><html><head><meta charset="utf-8"><style>{{faces}}</style></head><body><script>
            (async () => {
              const font = {{JsonSerializer.Serialize(font)}};
              const word = {{JsonSerializer.Serialize(word)}};
              for (let i = 0; i < {{Fonts.Length}}; i++) await document.fonts.load(`{{BrowserSize}}px "F${i}"`, word);
              const canvas = document.createElement('canvas');
              canvas.width = 6000; canvas.height = 600;
              const ctx = canvas.getContext('2d');
              ctx.font = font;
              ctx.fillStyle = '#000';
              ctx.fillText(word, 200, 400);
              const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
              let left = -1, right = -1;
              for (let x = 0; x < canvas.width; x++) {
                for (let y = 0; y < canvas.height; y++) {
                  if (data[(y * canvas.width + x) * 4 + 3] >= 128) { if (left < 0) left = x; right = x; break; }
                }
              }
              window.inkWidths = { ems: (right - left + 1) / {{BrowserSize}} };
            })();
            </script></body></html>
            """;
        var page = Path.Combine(_root, "ink.html");
        File.WriteAllText(page, html);
        var run = RealClient.Run(node, [script, page], timeout: TimeSpan.FromMinutes(2));
        Assert.True(run.ExitCode == 0, run.StandardError);
        using var json = JsonDocument.Parse(run.StandardOutput);
        return json.RootElement.GetProperty("ems").GetDouble();
    }
}
