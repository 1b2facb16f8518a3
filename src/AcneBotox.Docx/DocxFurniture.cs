using AcneBotox.Core.Composition;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// The composition's page furniture and end matter in Word: the organization in the header, "Page X of Y" as
/// PAGE/NUMPAGES fields and the review line in the footer, and the end-matter lines after the body. Runs from
/// the settings (organization, disclaimer, contact) say their language when it differs from the document's.
/// </summary>
internal static class DocxFurniture
{
    /// <summary>The header: the organization's name.</summary>
    public static W.Header Header(PageFurniture pages, string? settingsLanguage) =>
        new(new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleIds.Header }),
            DocxInlines.PlainRun(XmlText.Clean(pages.Header), language: settingsLanguage)));

    /// <summary>The footer: "Page X of Y" with fields, a right tab, then the review line.</summary>
    public static W.Footer Footer(PageFurniture pages)
    {
        // "Page {0} of {1}" is split around its placeholders so the numbers can be Word fields.
        var paragraph = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleIds.Footer }));
        var rest = pages.PageOf;
        while (rest.Length > 0)
        {
            var next = rest.IndexOf('{', StringComparison.Ordinal);
            if (next < 0 || next + 2 >= rest.Length || rest[next + 2] != '}' || rest[next + 1] is not ('0' or '1'))
            {
                paragraph.Append(DocxInlines.PlainRun(XmlText.Clean(rest)));
                break;
            }
            if (next > 0) paragraph.Append(DocxInlines.PlainRun(XmlText.Clean(rest[..next])));
            paragraph.Append(Field(rest[next + 1] == '0' ? "PAGE" : "NUMPAGES", "1"));
            rest = rest[(next + 3)..];
        }
        paragraph.Append(new W.Run(new W.TabChar()), DocxInlines.PlainRun(XmlText.Clean(pages.ReviewLine)));
        return new W.Footer(paragraph);
    }

    /// <summary>The end matter: one paragraph per line, the first with a rule above; the contact line bold.</summary>
    public static IEnumerable<OpenXmlElement> EndMatter(IEnumerable<EndMatterLine> lines, DocxInlines inlines, string? settingsLanguage)
    {
        var first = true;
        foreach (var line in lines)
        {
            var properties = new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleIds.Closing });
            if (first) properties.Append(new W.ParagraphBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 6, Color = "767676" }));
            first = false;
            var fromSettings = line.Kind is EndMatterKind.Disclaimer or EndMatterKind.Contact;
            var paragraph = new W.Paragraph(properties);
            paragraph.Append(inlines.Convert(line.Inlines, bold: line.Kind == EndMatterKind.Contact, language: fromSettings ? settingsLanguage : null));
            yield return paragraph;
        }
    }

    // A simple field with a cached result: Word and LibreOffice update it on layout, pandoc reads the result.
    private static W.SimpleField Field(string instruction, string cached) =>
        new(new W.Run(new W.RunProperties(new W.NoProof()), new W.Text(cached))) { Instruction = " " + instruction + " \\* MERGEFORMAT " };
}
