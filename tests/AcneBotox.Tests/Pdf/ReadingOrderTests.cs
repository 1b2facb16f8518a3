using System.Text;
using AcneBotox.Core.Model;

using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Pdf;

public sealed class ReadingOrderTests
{
    [Fact]
    public void Lists_tables_quotes_and_callouts_come_out_in_model_order_with_their_labels()
    {
        var document = PdfTestDocuments.LongDocument(12);
        var (bytes, result, _) = PdfTestDocuments.Render(document);

        var expected = new StringBuilder(document.Metadata.Title);
        var paperLinks = ComposedTexts.Compose(document, PdfTestDocuments.Settings).PaperLinks;
        foreach (var block in document.Blocks) Append(expected, block, 0, paperLinks);
        expected.Append(ComposedTexts.EndMatter(document, PdfTestDocuments.Settings));

        Assert.True(result.Pages > 3);
        Assert.Equal(Squeeze(expected.ToString()), Squeeze(TaggedText(bytes)));
    }

    // The text of tagged content in drawing order: artifacts (running header and footer, a table's header row
    // repeated on a continuation page) left out.
    private static string TaggedText(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            var artifacts = new HashSet<UglyToad.PdfPig.Content.Letter>(ReferenceEqualityComparer.Instance);
            foreach (var element in page.GetMarkedContents()) CollectArtifacts(element, artifacts, false);
            var artifactKeys = artifacts.Select(Key).ToHashSet();
            foreach (var letter in page.Letters)
                if (!artifactKeys.Contains(Key(letter))) text.Append(letter.Value);
        }
        return text.ToString();
    }

    private static void CollectArtifacts(UglyToad.PdfPig.Content.MarkedContentElement element, HashSet<UglyToad.PdfPig.Content.Letter> artifacts, bool inArtifact)
    {
        var artifact = inArtifact || element.IsArtifact || element.Tag == "Artifact";
        if (artifact) foreach (var letter in element.Letters) artifacts.Add(letter);
        foreach (var child in element.Children) CollectArtifacts(child, artifacts, artifact);
    }

    private static (double, double, string) Key(UglyToad.PdfPig.Content.Letter letter) =>
        (Math.Round(letter.StartBaseLine.X, 2), Math.Round(letter.StartBaseLine.Y, 2), letter.Value);

    // What a reader meets, in order, including list labels and the callout's default title.
    private static void Append(StringBuilder text, Block block, int depth, Core.Composition.PaperLinks paperLinks)
    {
        switch (block)
        {
            case Callout callout:
                text.Append("Key points");
                foreach (var child in callout.Blocks) Append(text, child, depth, paperLinks);
                break;
            case Quote quote:
                foreach (var child in quote.Blocks) Append(text, child, depth, paperLinks);
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    text.Append(depth % 3 == 1 ? "\u2013" : "\u2022");
                    foreach (var child in item) Append(text, child, depth + 1, paperLinks);
                }
                break;
            case OrderedList list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    text.Append(list.Start + i).Append('.');
                    foreach (var child in list.Items[i]) Append(text, child, depth + 1, paperLinks);
                }
                break;
            case Table table:
                foreach (var cell in table.Header.Cells) text.Append(ModelWalker.PlainText(cell.Inlines));
                foreach (var row in table.Rows)
                    foreach (var cell in row.Cells) text.Append(ModelWalker.PlainText(cell.Inlines));
                break;
            default:
                // A link's address printed for paper follows its text.
                foreach (var run in ModelWalker.InlineRuns(block))
                    foreach (var inline in run)
                    {
                        text.Append(ModelWalker.PlainText([inline]));
                        if (inline is Link link && paperLinks.For(link.Target) is { } printed) text.Append(printed.Marker);
                    }
                break;
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
