using AcneBotox.Core.Model;
using CsCheck;

namespace AcneBotox.Tests.Writers.Html;

/// <summary>Whatever text the model holds, the page keeps its shape and the text stays text.</summary>
public class HtmlWriterPropertyTests
{
    // Characters the writer is allowed to replace (controls, surrogates, noncharacters) are left out of the comparison.
    private static string Comparable(string text) =>
        new([.. text.Where(c => !char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFD' or '\uFFFE' or '\uFFFF') and not (>= '\uFDD0' and <= '\uFDEF'))]);

    [Fact]
    public void Any_text_in_title_heading_paragraph_and_link_stays_text_in_a_page_of_the_same_shape()
    {
        Gen.String.Sample(text =>
        {
            var seed = HtmlTestDocuments.SeedShaped();
            var document = seed with
            {
                Metadata = seed.Metadata with { Title = text, Summary = text },
                Blocks = [new Heading(1, [new Text(text)], text), new Paragraph([new Text(text), new Link(text, [new Text(text)])])],
            };
            var (html, _) = HtmlWriterTests.Render(document);
            var page = HtmlWriterTests.Parse(html);

            Assert.Equal(["header", "main", "footer"], page.Body!.Children.Select(e => e.LocalName));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Empty(page.QuerySelectorAll("script, iframe, object, embed, body style"));
            var paragraph = page.QuerySelector("main > p:not(.subtitle):not(.summary)")!;
            Assert.Equal(Comparable(text + text), Comparable(paragraph.TextContent));
            Assert.All(paragraph.QuerySelectorAll("a"), a => Assert.True(Core.Composition.LinkPolicy.IsSafe(a.GetAttribute("href")!)));
        }, iter: 300);
    }
}
