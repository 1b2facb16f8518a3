using System.Collections.Immutable;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using AcneBotox.Docx;

namespace AcneBotox.Tests.Docx;

/// <summary>Documents and settings for DOCX tests, and a renderer with a fixed timestamp.</summary>
public static class DocxTestDocuments
{
    /// <summary>A 4x3 pixel brand-blue PNG.</summary>
    public static byte[] TinyPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGOQj5kJRww4OQD2twzxES8XKAAAAABJRU5ErkJggg==");

    /// <summary>The settings the bundled content uses.</summary>
    public static HandoutSettings ClinicSettings { get; } = new()
    {
        Organization = "Riverside Dermatology Clinic",
        Contact = "Questions? Call the clinic on 555-0134.",
        Language = "en-US",
    };

    /// <summary>Every block and inline kind the model has, nested the ways handouts nest them.</summary>
    public static Document EveryNode()
    {
        ImmutableArray<Block> Item(string text, params Block[] more) => [new Paragraph([new Text(text)]), .. more];
        return new Document(new Metadata
        {
            Title = "Every node: a test handout",
            Subtitle = "What the writer must render",
            Summary = "A document with every block and inline kind.",
            Language = "en-GB",
            Reviewed = new DateOnly(2024, 3, 12),
            Keywords = ["acne", "botox", "test"],
            Sources = ["https://example.org/study", "A printed reference, 2021."],
            Provenance = new Provenance("tests/every-node.md", new string('a', 64)),
        },
        [
            new Callout(CalloutKind.KeyPoints, null, [new BulletList([Item("Botox may reduce oil."), Item("Talk to your doctor first.")])]),
            new Heading(1, [new Text("Inline formatting")], "inline-formatting"),
            new Paragraph([new Text("Plain, "), new Strong([new Text("strong")]), new Text(", "), new Emphasis([new Text("emphasis")]),
                new Text(", "), new Code("code"), new Text(", a "), new Link("https://example.org/acne", [new Text("web link")]),
                new Text(", a "), new Link("#steps", [new Text("jump to steps")]), new Text(", a "), new Link("mailto:clinic@example.org", [new Text("mail link")]),
                new LineBreak(), new Text("after a line break.")]),
            new Heading(2, [new Text("Steps")], "steps"),
            new OrderedList(3, [Item("Wash gently."), Item("Do not squeeze spots.", new BulletList([Item("It can scar."), Item("It can spread infection.", new OrderedList(1, [Item("Deep item.")]))])), Item("Use non-comedogenic products.")]),
            new OrderedList(1, [Item("A second list restarts at one.")]),
            new Heading(3, [new Text("A deep heading")], "deep"),
            new Heading(5, [new Text("Deeper than Word styles go")], "deeper"),
            new Callout(CalloutKind.Warning, "Stop and call us", [new Paragraph([new Text("If you have trouble breathing or swallowing.")])]),
            new Quote([new Paragraph([new Text("Most people see changes within two weeks.")])]),
            new Image("images/tiny.png", "A small blue rectangle", [new Text("Figure 1. A tiny picture.")]),
            new Image("images/missing.png", "A picture that is not there", []),
            new Table(Row("Treatment", "How often", "Notes"), [Row("Botox", "Every 3 to 4 months", "Needs a trained injector"), Row("Creams", "Daily")]),
            new ThematicBreak(),
            new Paragraph([new Text("Control\u0001characters\tand a lone \uD800 surrogate are cleaned.")]),
        ]);
    }

    /// <summary>Renders with a fixed timestamp and an image resolver that knows only <c>images/tiny.png</c>.</summary>
    public static (byte[] Bytes, DiagnosticBag Diagnostics) Render(Document document, HandoutSettings? settings = null, DocxWriter? writer = null)
    {
        var diagnostics = new DiagnosticBag();
        var context = new RenderContext(settings ?? ClinicSettings, new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero),
            new OneImage(), diagnostics, "test.md");
        using var output = new MemoryStream();
        (writer ?? new DocxWriter()).Write(document, context, output);
        return (output.ToArray(), diagnostics);
    }

    private static TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell([new Text(c)]))]);

    private sealed class OneImage : IResourceResolver
    {
        public ImageResource? LoadImage(string source, string documentPath, int? line, DiagnosticBag diagnostics)
        {
            if (source == "images/tiny.png") return new ImageResource(TinyPng, "image/png", 4, 3);
            diagnostics.Warn("image.missing", $"image '{source}' not found", documentPath, line);
            return null;
        }
    }
}
