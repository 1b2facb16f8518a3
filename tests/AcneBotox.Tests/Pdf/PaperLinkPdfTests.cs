using AcneBotox.Core.Model;
using UglyToad.PdfPig;

namespace AcneBotox.Tests.Pdf;

/// <summary>Links on paper: underlined, with the composition's printed addresses and the numbered list of long ones.</summary>
public sealed class PaperLinkPdfTests
{
    private const string LongAddress = "https://www.aad.org/public/diseases/acne/really-acne/how-to-treat";

    private static Document WithLinks() => PdfTestDocuments.SeedShaped() with
    {
        Blocks =
        [
            new Paragraph([new Text("See "), new Link("https://nhs.uk/acne/", [new Text("the NHS page")]), new Text(" and "),
                new Link(LongAddress, [new Text("how to treat acne")]), new Text(".")]),
        ],
    };

    [Fact]
    public void Short_addresses_follow_their_link_and_long_ones_are_numbered_in_a_list_before_the_end_matter()
    {
        var text = PdfOutputTests.BodyText(PdfTestDocuments.Render(WithLinks()).Bytes);

        Assert.Contains("See the NHS page (nhs.uk/acne) and how to treat acne [1].", text, StringComparison.Ordinal);
        var list = text.IndexOf("Links in this handout", StringComparison.Ordinal);
        Assert.True(list > 0);
        Assert.Contains("1.www.aad.org/public/diseases/acne/really-acne/how-to-treat", text[list..].Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(list < text.IndexOf("Last reviewed", list, StringComparison.Ordinal), "the list comes before the end matter");
    }

    [Fact]
    public void Every_link_is_underlined_in_its_own_colour()
    {
        using var pdf = PdfDocument.Open(PdfTestDocuments.Render(WithLinks()).Bytes);
        var page = pdf.GetPage(1);
        var words = page.GetWords().ToList();
        foreach (var linkWord in new[] { "NHS", "treat" })
        {
            var word = words.First(w => w.Text == linkWord);
            var baseline = word.Letters[0].StartBaseLine.Y;
            // A filled rectangle just under the baseline, across the word, in the link's colour.
            Assert.Contains(page.Paths, path => path.IsFilled && path.GetBoundingRectangle() is { } box
                && box.Top <= baseline && box.Top >= baseline - word.Letters[0].PointSize * 0.3
                && box.Left <= word.BoundingBox.Left + 0.5 && box.Right >= word.BoundingBox.Right - 0.5
                && path.FillColor?.ToRGBValues() == word.Letters[0].Color.ToRGBValues());
        }
    }
}
