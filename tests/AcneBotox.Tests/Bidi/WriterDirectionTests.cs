using System.Xml.Linq;
using AcneBotox.Core.Model;
using AcneBotox.Tests.Docx;
using AcneBotox.Tests.Writers.Html;
using static AcneBotox.Tests.Docx.DocxPackageReader;
using Text = AcneBotox.Core.Model.Text;

namespace AcneBotox.Tests.Bidi;

/// <summary>Word and HTML mark right-to-left documents and paragraphs as Core decides.</summary>
public sealed class WriterDirectionTests
{
    private static Document Handout(string language, params Block[] blocks) =>
        new(new Metadata { Title = language == "he" ? "טיפול בבוטוקס" : "Botox care", Language = language, Provenance = new Provenance("t.md", "0") }, [.. blocks]);

    private static Paragraph P(string text) => new([new Text(text)]);

    [Fact]
    public void Html_of_a_hebrew_handout_is_rtl_and_a_latin_reference_line_inside_it_is_ltr()
    {
        var (html, _) = HtmlWriterTests.Render(Handout("he", P("התקשרו אל 555-0134 היום."), P("Journal of Dermatology, 2021")));
        var page = HtmlWriterTests.Parse(html);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        var paragraphs = page.QuerySelectorAll("main p").ToList();
        Assert.Null(paragraphs.Single(p => p.TextContent.Contains("555", StringComparison.Ordinal)).GetAttribute("dir"));
        Assert.Equal("ltr", paragraphs.Single(p => p.TextContent.StartsWith("Journal", StringComparison.Ordinal)).GetAttribute("dir"));
    }

    [Fact]
    public void Html_of_an_english_handout_marks_only_its_arabic_list_item_rtl()
    {
        var list = new BulletList([[P("Ask for help.")], [P("اطلب المساعدة.")]]);
        var (html, _) = HtmlWriterTests.Render(Handout("en", list));
        var page = HtmlWriterTests.Parse(html);
        Assert.False(page.DocumentElement.HasAttribute("dir"));
        var items = page.QuerySelectorAll("li").ToList();
        Assert.Null(items[0].GetAttribute("dir"));
        Assert.Equal("rtl", items[1].GetAttribute("dir"));
    }

    [Fact]
    public void Word_marks_rtl_paragraphs_bidi_their_arabic_runs_rtl_and_tables_bidi_visual()
    {
        var table = new Table(new TableRow([new TableCell([new Text("الدواء")]), new TableCell([new Text("الجرعة")])]),
            [new TableRow([new TableCell([new Text("Botox")]), new TableCell([new Text("20 وحدة")])])]);
        var (docx, _) = DocxTestDocuments.Render(Handout("ar", P("اتصل على 555-0134 اليوم."), P("Journal of Dermatology, 2021"), table));
        Assert.Empty(ValidationErrors(docx));
        var body = Part(docx, "word/document.xml").Descendants(W + "body").Single();
        var paragraphs = body.Descendants(W + "p").ToList();
        XElement Paragraph(string start) => paragraphs.First(p => Text(p).StartsWith(start, StringComparison.Ordinal));
        Assert.NotNull(Paragraph("اتصل").Element(W + "pPr")?.Element(W + "bidi"));
        Assert.NotNull(Paragraph("اتصل").Descendants(W + "r").First().Element(W + "rPr")?.Element(W + "rtl"));
        Assert.Null(Paragraph("Journal").Element(W + "pPr")?.Element(W + "bidi"));
        Assert.NotNull(body.Descendants(W + "tblPr").Single().Element(W + "bidiVisual"));
        var fonts = Part(docx, "word/styles.xml").Descendants(W + "docDefaults").Descendants(W + "rFonts").Single();
        Assert.Equal("Noto Sans Arabic", fonts.Attribute(W + "cs")?.Value);
        Assert.Equal("Noto Sans CJK SC", fonts.Attribute(W + "eastAsia")?.Value);
    }

    [Fact]
    public void Word_leaves_an_english_handout_without_bidi_marks()
    {
        var (docx, _) = DocxTestDocuments.Render(Handout("en", P("Ask your doctor.")));
        Assert.Empty(Part(docx, "word/document.xml").Descendants(W + "bidi"));
        Assert.Empty(Part(docx, "word/document.xml").Descendants(W + "rtl"));
    }
}
