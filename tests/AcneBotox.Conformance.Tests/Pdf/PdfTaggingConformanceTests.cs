using System.Text.Json;
using AcneBotox.Conformance.Tests.Parity;
using UglyToad.PdfPig;

namespace AcneBotox.Conformance.Tests.Pdf;

/// <summary>
/// The structure tree of the PDF handouts, walked as qpdf reads it: every list says how it is numbered, every
/// figure's box lies on its page, captions sit inside their figure or table, and links to a section go to the
/// heading's own place on its page (checked against the text PdfPig finds there).
/// </summary>
public sealed class PdfTaggingConformanceTests
{
    private static readonly string[] ListNumberings = ["/Decimal", "/Disc", "/Circle", "/Square", "/None"];

    /// <summary>The seed and the parity handouts, in normal and large print.</summary>
    public static TheoryData<string, bool> Handouts
    {
        get
        {
            var data = new TheoryData<string, bool>();
            string[] inputs = [SeedPdfFixture.Seed, .. Directory.EnumerateFiles(ParityExport.HandoutsFolder, "*.md").Order(StringComparer.Ordinal)];
            foreach (var input in inputs)
            {
                data.Add(Path.GetRelativePath(RealClient.RepositoryRoot, input), false);
                data.Add(Path.GetRelativePath(RealClient.RepositoryRoot, input), true);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Handouts))]
    public void The_structure_tree_numbers_lists_boxes_figures_on_their_page_and_keeps_captions_inside(string input, bool largePrint)
    {
        using var export = new ParityExport();
        var pdf = export.Export(Path.Combine(RealClient.RepositoryRoot, input), largePrint: largePrint).Pdf;
        var objects = PdfObjects.Read(pdf);
        var elements = objects.StructureElements().ToList();
        Assert.NotEmpty(elements);

        foreach (var (element, parent) in elements)
        {
            switch (objects.Name(element, "/S"))
            {
                case "/L":
                    Assert.True(ListNumbering(objects, element) is { } numbering && ListNumberings.Contains(numbering),
                        $"an L without /A << /O /List /ListNumbering ... >>: {element}");
                    break;
                case "/Figure":
                    var page = element.GetProperty("/Pg").GetString()!;
                    var media = objects.MediaBox(page);
                    var box = PdfObjects.Numbers(Attribute(objects, element, "/Layout", "/BBox")
                        ?? throw new Xunit.Sdk.XunitException($"a Figure without /BBox: {element}"));
                    Assert.True(box[0] >= media[0] && box[1] >= media[1] && box[2] <= media[2] && box[3] <= media[3] && box[2] > box[0] && box[3] > box[1],
                        $"Figure /BBox [{string.Join(' ', box)}] is not inside the page's /MediaBox [{string.Join(' ', media)}]");
                    break;
                case "/Caption":
                    Assert.Contains(objects.Name(parent!.Value, "/S"), new[] { "/Figure", "/Table" });
                    break;
            }
        }
        if (input.Contains("chemical-peel", StringComparison.Ordinal))
        {
            Assert.Contains(elements, e => objects.Name(e.Element, "/S") == "/Figure");
            Assert.Contains(elements, e => objects.Name(e.Element, "/S") == "/Caption");
            Assert.Contains(elements, e => ListNumbering(objects, e.Element) == "/Decimal");
        }
    }

    [Theory]
    [InlineData("chemical-peel-aftercare.md", "The first three days", false)]
    [InlineData("chemical-peel-aftercare.md", "The first three days", true)]
    [InlineData("acne-scar-treatments.md", "Types of acne scars", false)]
    [InlineData("acne-scar-treatments.md", "Types of acne scars", true)]
    public void A_link_to_a_section_goes_to_the_heading_on_its_page(string handout, string heading, bool largePrint)
    {
        using var export = new ParityExport();
        var pdf = export.Export(Path.Combine(ParityExport.HandoutsFolder, handout), largePrint: largePrint).Pdf;
        var objects = PdfObjects.Read(pdf);
        var internalLinks = objects.LinkAnnotations().Where(l => l.Annotation.TryGetProperty("/Dest", out _)).ToList();
        Assert.NotEmpty(internalLinks);
        using var document = PdfDocument.Open(pdf);
        foreach (var (annotation, _) in internalLinks)
        {
            var destination = annotation.GetProperty("/Dest").EnumerateArray().ToList();
            Assert.Equal("/XYZ", destination[1].GetString());
            var page = objects.Pages.ToList().IndexOf(destination[0].GetString()!);
            Assert.True(page >= 0, "the destination is not a page of the document");
            var media = objects.MediaBox(objects.Pages[page]);
            Assert.Equal(JsonValueKind.Number, destination[3].ValueKind);
            var y = destination[3].GetDouble();
            Assert.InRange(y, media[1] + 1, media[3]);
            // The first line of text below the destination's y is the heading, near the top of the view.
            var letters = document.GetPage(page + 1).Letters.Where(l => l.StartBaseLine.Y < y).ToList();
            var baseline = letters.Max(l => l.StartBaseLine.Y);
            Assert.InRange(y - baseline, 0, 60);
            var line = string.Concat(letters.Where(l => Math.Abs(l.StartBaseLine.Y - baseline) < 0.5).OrderBy(l => l.StartBaseLine.X).Select(l => l.Value));
            Assert.StartsWith(heading.Replace(" ", "", StringComparison.Ordinal), line.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static string? ListNumbering(PdfObjects objects, JsonElement element) => Attribute(objects, element, "/List", "/ListNumbering")?.GetString();

    // An attribute of the given owner (/O) from /A, which is one dictionary or an array of them.
    private static JsonElement? Attribute(PdfObjects objects, JsonElement element, string owner, string key)
    {
        if (objects.Entry(element, "/A") is not { } attributes) return null;
        var dictionaries = attributes.ValueKind == JsonValueKind.Array
            ? attributes.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? objects.Get(a.GetString()!) : a)
            : [attributes];
        foreach (var dictionary in dictionaries)
            if (objects.Name(dictionary, "/O") == owner && dictionary.TryGetProperty(key, out var value)) return value;
        return null;
    }
}
