using AcneBotox.Core.Composition;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Composition;

/// <summary>Which link addresses paper prints: decided once in the composition, for every paged format.</summary>
public sealed class PaperLinksTests
{
    private static PaperLinks For(params Inline[] inlines)
    {
        var document = new Document(new Metadata { Title = "T", Provenance = new Provenance("a.md", "0") }, [new Paragraph([.. inlines])]);
        return ComposedTexts.Compose(document, new HandoutSettings()).PaperLinks;
    }

    private static Link Link(string target, string text) => new(target, [new Text(text)]);

    [Fact]
    public void A_short_address_is_printed_after_the_link_and_a_long_one_becomes_a_numbered_note()
    {
        var links = For(Link("https://nhs.uk/acne/", "the NHS page"), Link("https://www.aad.org/public/diseases/acne/really-acne/how-to-treat", "how to treat acne"));

        Assert.Equal("(nhs.uk/acne)", links.For("https://nhs.uk/acne/")!.Marker);
        var note = links.For("https://www.aad.org/public/diseases/acne/really-acne/how-to-treat")!;
        Assert.Equal(("[1]", "www.aad.org/public/diseases/acne/really-acne/how-to-treat"), (note.Marker, note.Address));
        Assert.Equal([note], links.Notes);
    }

    [Fact]
    public void A_link_that_shows_its_address_or_goes_to_a_section_prints_nothing_more()
    {
        var links = For(Link("https://www.skincancer.org/prevention/", "www.skincancer.org/prevention"), Link("mailto:care@clinic.example", "care@clinic.example"),
            Link("tel:+15550134", "555-0134"), Link("#risks", "the risks"));

        Assert.Empty(links.Printed);
    }

    [Fact]
    public void The_same_long_address_keeps_one_number_and_numbers_follow_reading_order()
    {
        const string first = "https://example.org/guides/skin-care-after-laser-treatment";
        const string second = "https://example.org/guides/skin-care-after-chemical-peels";
        var links = For(Link(first, "laser"), Link(second, "peels"), Link(first, "laser again"));

        Assert.Equal([1, 2], links.Notes.Select(n => n.Note!.Value));
        Assert.Equal([first, second], links.Notes.Select(n => n.Target));
    }

    [Fact]
    public void Sources_links_count_too_and_the_contact_line_needs_nothing()
    {
        var document = new Document(new Metadata
        {
            Title = "T",
            Sources = ["https://example.org/a-very-long-guideline-address/that/needs/a/note"],
            Provenance = new Provenance("a.md", "0"),
        }, [new Paragraph([Link("https://example.org/a-very-long-guideline-address/that/needs/a/note", "the guideline")])]);

        var links = ComposedTexts.Compose(document, new HandoutSettings { Contact = "Call 555-0134 or email a@b.example" }).PaperLinks;

        Assert.Single(links.Notes);
    }
}
