using System.Collections.Immutable;
using System.Security.Cryptography;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using AcneBotox.Pdf;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Pdf;

/// <summary>
/// Documents for PDF tests built straight from the model: the seed's shape (title and seven sections of
/// the seed's paragraphs, debris line left out) and a long document with every block kind.
/// </summary>
public static class PdfTestDocuments
{
    /// <summary>The seed article as a model: short lines are headings, long ones paragraphs.</summary>
    public static Document SeedShaped()
    {
        var bytes = File.ReadAllBytes(TestPaths.Seed);
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var blocks = new List<Block>();
        foreach (var line in lines.Skip(2))
        {
            if (line.Length < 60) blocks.Add(new Heading(1, [new Text(line)], Slug(line)));
            else blocks.Add(new Paragraph([new Text(line)]));
        }
        return new Document(new Metadata
        {
            Title = lines[0],
            Reviewed = new DateOnly(2024, 3, 12),
            Keywords = ["acne", "botox"],
            Provenance = new Provenance("content/can-botox-help-acne.txt", Convert.ToHexStringLower(SHA256.HashData(bytes))),
        }, [.. blocks]);
    }

    /// <summary>A long document (about <paramref name="sections"/> sections) using every block kind.</summary>
    public static Document LongDocument(int sections)
    {
        var seed = SeedShaped();
        var paragraphs = seed.Blocks.OfType<Paragraph>().ToList();
        var blocks = new List<Block>
        {
            new Callout(CalloutKind.KeyPoints, null, [new BulletList([[Para("Botox may reduce oil and redness.")], [Para("Talk to a qualified doctor first.")]])]),
        };
        for (var s = 0; s < sections; s++)
        {
            blocks.Add(new Heading(1, [new Text($"Section {s + 1}: what you should know")], $"section-{s + 1}"));
            blocks.Add(paragraphs[s % paragraphs.Count]);
            blocks.Add(new Paragraph([new Text("Read more at "), new Link("https://example.org/acne", [new Text("example.org")]), new Text(", or ask "), new Strong([new Text("your doctor")]), new Text(" about "), new Emphasis([new Text("side effects")]), new Text(".")]));
            if (s % 3 == 0)
                blocks.Add(new OrderedList(1, [[Para("Wash your face gently twice a day.")], [Para("Do not pick or squeeze spots."), new BulletList([[Para("This can leave scars.")], [Para("It can spread infection.")]])], [Para("Use products labelled non-comedogenic.")]]));
            if (s % 4 == 1)
                blocks.Add(new Table(Row("Treatment", "How often", "Notes"), [Row("Botox", "Every 3 to 4 months", "Needs a trained injector"), Row("Creams", "Daily", "Can dry the skin"), Row("Tablets", "Daily", "Ask about side effects")]));
            if (s % 5 == 2) blocks.Add(new Quote([Para("Most people see changes within two weeks.")]));
            if (s % 6 == 5) blocks.Add(new ThematicBreak());
        }
        return seed with { Metadata = seed.Metadata with { Title = "A long handout about acne care" }, Blocks = [.. blocks] };
    }

    /// <summary>Renders a document to PDF bytes with the given settings.</summary>
    /// <summary>The settings <see cref="Render"/> uses when given none.</summary>
    public static HandoutSettings Settings { get; } = new() { Organization = "Riverside Dermatology Clinic", Contact = "Questions? Call the clinic on 555-0134." };

    public static (byte[] Bytes, WriteResult Result, DiagnosticBag Diagnostics) Render(Document document, HandoutSettings? settings = null)
    {
        var diagnostics = new DiagnosticBag();
        var context = new RenderContext(settings ?? Settings,
            new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), NoResources.Instance, diagnostics, "test.txt");
        using var output = new MemoryStream();
        var result = new HandoutPdfWriter().Write(document, context, output);
        return (output.ToArray(), result, diagnostics);
    }

    private static Paragraph Para(string text) => new([new Text(text)]);

    private static TableRow Row(params string[] cells) => new([.. cells.Select(c => new TableCell([new Text(c)]))]);

    private static string Slug(string text) =>
        string.Join('-', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('?');
}
