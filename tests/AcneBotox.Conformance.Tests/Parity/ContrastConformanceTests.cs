using System.Text.Json;
using System.Xml.Linq;
using AcneBotox.Core.Look;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace AcneBotox.Conformance.Tests.Parity;

/// <summary>
/// Brand colours too light for text: every text run of every format, measured from the outputs themselves,
/// reaches 4.5:1 against the background it is drawn on (PDF content-stream colours and filled paths, DOCX run
/// colours and shading through the style chain, HTML computed styles judged by axe-core in Chromium).
/// </summary>
public sealed class ContrastConformanceTests
{
    private const double Minimum = 4.5;

    public static TheoryData<string> LightBrands => ["#FFB000", "#8FC1F0", "#FFFF00"];

    private static string Handout => Path.Combine(ParityExport.HandoutsFolder, "chemical-peel-aftercare.md");

    [Theory]
    [MemberData(nameof(LightBrands))]
    public void Every_pdf_text_run_reaches_4_5_to_1_on_its_background(string brand)
    {
        using var export = new ParityExport();
        var (pdf, _, _, messages) = export.Export(Handout, brand);
        AssertOneWarningNamingEveryFormat(messages, brand);

        using var document = PdfDocument.Open(pdf);
        var measured = 0;
        foreach (var page in document.GetPages())
        {
            var fills = page.Paths.Where(p => p.IsFilled && p.FillColor is not null)
                .Select(p => (Box: p.GetBoundingRectangle(), Color: Rgb(p.FillColor!.ToRGBValues()))).Where(f => f.Box is not null).ToList();
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var center = letter.BoundingBox.Centroid;
                var background = fills.LastOrDefault(f => Inside(f.Box!.Value, center)).Color ?? "#FFFFFF";
                var color = Rgb(letter.Color.ToRGBValues());
                var ratio = ColorContrast.Ratio(color, background);
                Assert.True(ratio >= Minimum, $"page {page.Number}: '{letter.Value}' in {color} on {background} is {ratio:0.00}:1");
                measured++;
            }
        }
        Assert.True(measured > 500, "the handout's text was measured");
    }

    [Theory]
    [MemberData(nameof(LightBrands))]
    public void Every_docx_text_run_reaches_4_5_to_1_on_its_shading(string brand)
    {
        using var export = new ParityExport();
        var (_, docx, _, _) = export.Export(Handout, brand);

        using var word = WordprocessingDocument.Open(docx, false);
        var main = word.MainDocumentPart!;
        var styles = new DocxStyleChain(XDocument.Load(main.StyleDefinitionsPart!.GetStream()));
        var parts = new List<XDocument> { XDocument.Load(main.GetStream()) };
        parts.AddRange(main.HeaderParts.Select(p => XDocument.Load(p.GetStream())));
        parts.AddRange(main.FooterParts.Select(p => XDocument.Load(p.GetStream())));
        var measured = 0;
        foreach (var run in parts.SelectMany(p => p.Descendants(DocxStyleChain.W + "r")))
        {
            if (string.IsNullOrWhiteSpace(string.Concat(run.Elements(DocxStyleChain.W + "t").Select(t => t.Value)))) continue;
            var (color, background) = styles.Resolve(run);
            var ratio = ColorContrast.Ratio(color, background);
            Assert.True(ratio >= Minimum, $"run '{string.Concat(run.Elements(DocxStyleChain.W + "t").Select(t => t.Value))}' in {color} on {background} is {ratio:0.00}:1");
            measured++;
        }
        Assert.True(measured > 50, "the handout's runs were measured");
    }

    [Theory]
    [MemberData(nameof(LightBrands))]
    public void Html_passes_axe_colour_contrast_in_chromium(string brand)
    {
        var node = RealClient.Require("node", "install Node.js 20");
        RealClient.RequireFile("/usr/bin/chromium", "apt-get install chromium");
        var tools = Path.Combine(RealClient.RepositoryRoot, ".ci", "tools");
        RealClient.RequireFile(Path.Combine(tools, "node_modules", "axe-core", "axe.min.js"), "run npm ci in .ci/tools");
        using var export = new ParityExport();
        var (_, _, html, _) = export.Export(Handout, brand);

        var outcome = RealClient.Run(node, [Path.Combine(tools, "axe-check.js"), html], tools);

        Assert.True(outcome.ExitCode is 0 or 1, $"axe-check could not run (exit {outcome.ExitCode}):\n{outcome.StandardError}");
        using var report = JsonDocument.Parse(outcome.StandardOutput);
        Assert.True(report.RootElement.GetProperty("violations").GetArrayLength() == 0, outcome.StandardOutput);
    }

    private static void AssertOneWarningNamingEveryFormat(string messages, string brand)
    {
        var warning = Assert.Single(messages.Split('\n'), line => line.Contains(HandoutPalette.BrandContrastRule, StringComparison.Ordinal) || line.Contains("brandColor " + brand, StringComparison.Ordinal));
        Assert.Contains("PDF, Word and HTML", warning, StringComparison.Ordinal);
    }

    private static bool Inside(UglyToad.PdfPig.Core.PdfRectangle box, UglyToad.PdfPig.Core.PdfPoint point) =>
        point.X >= box.Left && point.X <= box.Right && point.Y >= box.Bottom && point.Y <= box.Top;

    private static string Rgb((double R, double G, double B) color) =>
        ColorContrast.Format(((byte)Math.Round(color.R * 255), (byte)Math.Round(color.G * 255), (byte)Math.Round(color.B * 255)));
}
