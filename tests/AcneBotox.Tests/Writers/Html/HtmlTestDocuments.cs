using System.Collections.Immutable;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;

namespace AcneBotox.Tests.Writers.Html;

/// <summary>
/// Documents built straight from the model for the HTML writer's goldens and conformance runs:
/// one shaped like the seed (title plus seven sections) and one that holds every node type.
/// Shared with AcneBotox.Conformance.Tests (linked source file), so both judge the same pages.
/// </summary>
internal static class HtmlTestDocuments
{
    /// <summary>A 4x3 px PNG in the default brand colour.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mOQj5kJRww4OQD2twzx+S64pwAAAABJRU5ErkJggg==");

    public static readonly string[] SeedSections =
    [
        "Introduction", "What is Botox?", "How Does Botox Work?", "Can Botox Help Acne?",
        "How Is Botox Used for Acne?", "What Are the Risks of Using Botox for Acne?", "Conclusion",
    ];

    public static HandoutSettings Settings { get; } = new()
    {
        Organization = "Riverside Dermatology Clinic",
        Contact = "Questions? Call the clinic on 555-0134, Monday to Friday, 8 am to 5 pm.",
    };

    public static Document SeedShaped()
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var (section, index) in SeedSections.Select((s, i) => (s, i)))
        {
            blocks.Add(new Heading(1, [new Text(section)], Slug(section)) { SourceLine = 4 + (index * 4) });
            blocks.Add(new Paragraph([new Text($"Section {index + 1} says what it has to say about {section.TrimEnd('?')}, in plain words you can follow.")])
                { SourceLine = 6 + (index * 4) });
        }
        return new Document(Meta("Can Botox Help Acne In 2023?", "content/can-botox-help-acne.txt"), blocks.ToImmutable());
    }

    public static Document EveryNode()
    {
        ImmutableArray<Inline> T(string text) => [new Text(text)];
        Block P(params Inline[] inlines) => new Paragraph([.. inlines]);
        var metadata = Meta("Every node <type> & \"quotes\"", "tests/fixtures/every-node.md") with
        {
            Subtitle = "A fixture for the HTML writer",
            Summary = "Shows every block and inline the model has.",
            Language = "en-GB",
            Authors = ["Dr A. Writer", "B. Nurse"],
            Reviewer = "Dr C. Reviewer",
            Reviewed = new DateOnly(2024, 3, 15),
            NextReview = new DateOnly(2026, 3, 15),
            Version = "2.1",
            Keywords = ["acne", "botox"],
            Sources = ["https://example.org/acne-study", "Smith J. Botox and sebum. J Derm. 2020;1:2-3."],
        };
        Block[] blocks =
        [
            new Callout(CalloutKind.KeyPoints, null, [new BulletList([[P(new Text("Botox may reduce oil."))], [P(new Text("Ask your doctor first."))]])]),
            new Heading(1, T("Text & inline <markup>"), "inline"),
            P(new Text("Plain, "), new Emphasis(T("emphasis")), new Text(", "), new Strong(T("strong")), new Text(", "),
              new Code("code <b>"), new Text(" and a"), new LineBreak(), new Text("line break. Tom & Jerry say \"hi\" < 3 > 2.")),
            P(new Text("Links: "), new Link("https://example.org/a?b=1&c=2", T("https")), new Text(", "),
              new Link("mailto:clinic@example.org", T("email us")), new Text(", "), new Link("#lists", T("jump to lists")),
              new Text(", "), new Link("javascript:alert(1)", T("unsafe link text")), new Text(", "),
              new Link("https://example.org/nested", [new Text("outer "), new Link("https://example.org/inner", T("inner"))]), new Text(".")),
            new Heading(2, T("A subsection"), "subsection"),
            P(new Text("Text under a level-2 heading.")),
            new Heading(1, T("Lists"), "lists"),
            new BulletList([[P(new Text("Tight item"))], [P(new Text("Loose item")), P(new Text("with a second paragraph"))], []]),
            new OrderedList(3, [[P(new Text("Third step"))], [P(new Text("Fourth step")), new BulletList([[P(new Text("nested"))]])]]),
            new Heading(1, T("Boxes and quotes"), "boxes"),
            new Callout(CalloutKind.Note, null, [P(new Text("A note."))]),
            new Callout(CalloutKind.Tip, "Handy tip", [P(new Text("A tip."))]),
            new Callout(CalloutKind.Warning, null, [P(new Text("A warning."))]),
            new Quote([P(new Text("A quotation from someone."))]),
            new ThematicBreak(),
            new Heading(1, T("Pictures and tables"), "pictures"),
            new Image("images/pixel.png", "A small blue rectangle", T("The caption.")),
            new Image("images/pixel.png", null, []) { SourceLine = 40 },
            new Table(new TableRow([new TableCell(T("Treatment")), new TableCell(T("How often"))]),
                [new TableRow([new TableCell(T("Botox")), new TableCell(T("Every 3 months"))]),
                 new TableRow([new TableCell([new Strong(T("Cream"))])])]),
            new Heading(4, T("A deep heading that would skip levels"), "deep"),
            P(new Text("The writer keeps heading levels in order.")),
        ];
        return new Document(metadata, [.. blocks]);
    }

    public static RenderContext Context(Document document, HandoutSettings? settings = null, DiagnosticBag? diagnostics = null) =>
        new(settings ?? Settings, new DateTimeOffset(2024, 3, 15, 0, 0, 0, TimeSpan.Zero), new FixedImages(),
            diagnostics ?? new DiagnosticBag(), document.Metadata.Provenance.SourcePath);

    private static Metadata Meta(string title, string path) => new()
    {
        Title = title,
        Language = "en-US",
        Provenance = new Provenance(path, new string('a', 64)),
    };

    private static string Slug(string text) =>
        string.Join('-', new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Serves <see cref="TinyPng"/> for <c>images/pixel.png</c> and refuses everything else.</summary>
    private sealed class FixedImages : IResourceResolver
    {
        public ImageResource? LoadImage(string source, string documentPath, int? line, DiagnosticBag diagnostics)
        {
            if (source == "images/pixel.png") return new ImageResource(TinyPng, "image/png", 4, 3);
            diagnostics.Warn("resource.refused", $"image '{source}' was not included", documentPath, line);
            return null;
        }
    }
}
