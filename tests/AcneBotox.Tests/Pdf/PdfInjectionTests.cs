using System.Text;
using System.Xml.Linq;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using UglyToad.PdfPig;

using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Pdf;

/// <summary>
/// Issue 12, "user text rewrites the PDF": text holding PDF syntax, newlines with <c>endstream</c>/<c>obj</c> and
/// control characters, in every field that reaches the PDF, stays text. The file keeps exactly the objects a
/// harmless twin has, holds no action, passes qpdf, shows the text unchanged and carries well-formed XMP.
/// </summary>
public sealed class PdfInjectionTests
{
    /// <summary>Closes the text operator and the content stream, then declares a JavaScript action.</summary>
    internal const string SyntaxTitle = ") Tj ET endstream endobj 9 0 obj << /Type /Action /S /JavaScript >>";

    /// <summary>Ends the stream or string it lands in and appends objects and a trailer of its own, line by line.</summary>
    internal const string NewlineObjects =
        "Riverside\nendstream\nendobj\n99 0 obj\n<< /Type /Action /S /Launch /F (calc.exe) >>\nendobj\n98 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj\ntrailer\n<< /Root 99 0 R /OpenAction 98 0 R >>\n%%EOF\n";

    /// <summary>Characters XML 1.0 cannot carry, markup and a CDATA end.</summary>
    internal const string XmlInvalid = "Wash \u0001\u0002\u001B\u0000 daily & <b>gently</b> ]]> \uFFFE\uD800 \u0085\u007F done";

    public static TheoryData<string, string> Placements => new()
    {
        { "title", SyntaxTitle }, { "title", NewlineObjects }, { "title", XmlInvalid },
        { "summary", SyntaxTitle }, { "summary", NewlineObjects }, { "summary", XmlInvalid },
        { "organization", SyntaxTitle }, { "organization", NewlineObjects }, { "organization", XmlInvalid },
        { "subtitle", NewlineObjects }, { "keywords", NewlineObjects }, { "authors", NewlineObjects },
        { "body", NewlineObjects }, { "disclaimer", NewlineObjects }, { "contact", SyntaxTitle },
    };

    [Theory]
    [MemberData(nameof(Placements))]
    public void Hostile_text_adds_no_object_and_no_action(string field, string text)
    {
        var hostile = Render(field, text);
        var twin = Render(field, "Plain words");

        Assert.Empty(PdfObjectScan.Problems(hostile));
        Assert.Equal(PdfObjectScan.ObjectCount(twin), PdfObjectScan.ObjectCount(hostile));
        Assert.Equal(hostile, Render(field, text));
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public void Hostile_text_gives_a_file_qpdf_finds_clean(string field, string text)
    {
        Qpdf.RequireInstalled();

        var (clean, output) = Qpdf.Check(Render(field, text));

        Assert.True(clean, output);
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public void Hostile_text_leaves_the_xmp_well_formed_with_the_text_minus_what_xml_forbids(string field, string text)
    {
        var bytes = Render(field, text);

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        // Parsed from the bytes: PdfPig's own GetXDocument reads the UTF-8 packet as Latin-1.
        var xml = XDocument.Load(new MemoryStream(xmp.GetXmlBytes().ToArray()));
        XNamespace dc = "http://purl.org/dc/elements/1.1/", pdfNs = "http://ns.adobe.com/pdf/1.3/", ua = "http://www.aiim.org/pdfua/ns/id/";
        Assert.Equal("1", xml.Descendants(ua + "part").Single().Value);
        var expected = XmlAllowed(text);
        switch (field)
        {
            case "title": Assert.Equal(expected, xml.Descendants(dc + "title").Single().Value); break;
            case "summary": Assert.Equal(expected, xml.Descendants(dc + "description").Single().Value); break;
            case "organization": Assert.Equal(expected, xml.Descendants(dc + "creator").Single().Value); break;
            case "keywords": Assert.StartsWith(expected + ", source-sha256:", xml.Descendants(pdfNs + "Keywords").Single().Value, StringComparison.Ordinal); break;
        }
    }

    [Theory]
    [InlineData(SyntaxTitle)]
    [InlineData(NewlineObjects)]
    public void Text_holding_pdf_syntax_is_printed_and_stored_unchanged(string text)
    {
        var document = Document(text, summary: text, body: text);
        var settings = Settings(organization: text, disclaimer: text, contact: text);
        var (bytes, _, _) = PdfTestDocuments.Render(document, settings);

        var body = new StringBuilder().Append(text).Append(text).Append(text).Append(ComposedTexts.EndMatter(document, settings));
        Assert.Equal(Squeeze(body.ToString()), Squeeze(PdfOutputTests.BodyText(bytes)));
        using var pdf = PdfDocument.Open(bytes);
        // The header band prints the organization on one line; a line break in it is not a header the
        // renderer draws yet (it shows as a blank glyph), so the header is compared for one-line text only.
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            var header = string.Concat(pdf.GetPage(1).Letters.Where(l => l.StartBaseLine.Y >= pdf.GetPage(1).Height - 72).Select(l => l.Value));
            Assert.Contains(Squeeze(text), Squeeze(header), StringComparison.Ordinal);
        }
        Assert.Equal(text, pdf.Information.Title);
        Assert.Equal(text, pdf.Information.Subject);
        Assert.Equal(text, pdf.Information.Author);
    }

    [Fact]
    public void Subset_tags_and_ids_are_the_same_for_the_same_input_and_differ_for_another()
    {
        var first = Render("title", SyntaxTitle);
        var again = Render("title", SyntaxTitle);
        var other = Render("title", "Another title");

        Assert.Equal(first, again);
        Assert.NotEqual(SubsetNames(first), SubsetNames(other));
        Assert.All(SubsetNames(first), name => Assert.Matches("^[A-Z]{6}\\+Atkinson", name));
    }

    private static List<string> SubsetNames(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return [.. pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().Order(StringComparer.Ordinal)];
    }

    private static byte[] Render(string field, string text)
    {
        var document = field switch
        {
            "title" => Document(text),
            "summary" => Document("Caring for your skin", summary: text),
            "subtitle" => Document("Caring for your skin") with { Metadata = Document("Caring for your skin").Metadata with { Subtitle = text } },
            "keywords" => Document("Caring for your skin") with { Metadata = Document("Caring for your skin").Metadata with { Keywords = [text] } },
            "authors" => Document("Caring for your skin") with { Metadata = Document("Caring for your skin").Metadata with { Authors = [text] } },
            "body" => Document("Caring for your skin", body: text),
            _ => Document("Caring for your skin"),
        };
        var settings = field switch
        {
            "organization" => Settings(organization: text),
            "disclaimer" => Settings(disclaimer: text),
            "contact" => Settings(contact: text),
            _ => Settings(),
        };
        return PdfTestDocuments.Render(document, settings).Bytes;
    }

    // The text a title, summary or paragraph holds; the provenance hash depends on the title so ids differ per input.
    private static Document Document(string title, string? summary = null, string body = "Wash your face twice a day.") =>
        new(new Metadata
        {
            Title = title,
            Summary = summary,
            Reviewed = new DateOnly(2024, 3, 12),
            Provenance = new Provenance("test.md", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(title)))),
        }, [new Paragraph([new Text(body)])]);

    private static HandoutSettings Settings(string organization = "Riverside Dermatology Clinic", string disclaimer = "General information only.",
        string contact = "Call 555-0134.") =>
        new() { Organization = organization, Disclaimer = disclaimer, Contact = contact };

    // What the XMP may keep of a text: all but the characters XML 1.0 forbids and the C0/C1 controls.
    private static string XmlAllowed(string text)
    {
        var kept = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) kept.Append(c).Append(text[++i]);
            else if (c is '\t' or '\n' or '\r' || !char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')) kept.Append(c);
        }
        return kept.ToString();
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
