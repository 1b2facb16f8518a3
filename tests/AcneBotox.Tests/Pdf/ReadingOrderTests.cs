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
        foreach (var block in document.Blocks) Append(expected, block, 0);
        expected.Append(ComposedTexts.EndMatter(document, PdfTestDocuments.Settings));

        Assert.True(result.Pages > 3);
        Assert.Equal(Squeeze(expected.ToString()), Squeeze(PdfOutputTests.BodyText(bytes)));
    }

    // What a reader meets, in order, including list labels and the callout's default title.
    private static void Append(StringBuilder text, Block block, int depth)
    {
        switch (block)
        {
            case Callout callout:
                text.Append("Key points");
                foreach (var child in callout.Blocks) Append(text, child, depth);
                break;
            case Quote quote:
                foreach (var child in quote.Blocks) Append(text, child, depth);
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    text.Append(depth % 3 == 1 ? "\u2013" : "\u2022");
                    foreach (var child in item) Append(text, child, depth + 1);
                }
                break;
            case OrderedList list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    text.Append(list.Start + i).Append('.');
                    foreach (var child in list.Items[i]) Append(text, child, depth + 1);
                }
                break;
            case Table table:
                foreach (var cell in table.Header.Cells) text.Append(ModelWalker.PlainText(cell.Inlines));
                foreach (var row in table.Rows)
                    foreach (var cell in row.Cells) text.Append(ModelWalker.PlainText(cell.Inlines));
                break;
            default:
                foreach (var run in ModelWalker.InlineRuns(block)) text.Append(ModelWalker.PlainText(run));
                break;
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
