using System.Globalization;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// What every handout carries besides the article: the organization in the header, "Page X of Y" as
/// PAGE/NUMPAGES fields and the review date in the footer, and the disclaimer and contact line at the end.
/// Runs from the settings say their language when it differs from the document's.
/// </summary>
internal static class DocxFurniture
{
    /// <summary>The header: the organization's name.</summary>
    public static W.Header Header(HandoutSettings settings, string documentLanguage) =>
        new(new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleIds.Header }),
            DocxInlines.PlainRun(XmlText.Clean(settings.Organization), language: Different(settings.Language, documentLanguage))));

    /// <summary>The footer: "Page X of Y", a right tab, then "Last reviewed &lt;date&gt;".</summary>
    public static W.Footer Footer(Metadata metadata, HandoutSettings settings, string documentLanguage)
    {
        var language = Different(settings.Language, documentLanguage);
        var reviewed = metadata.Reviewed is { } date
            ? "Last reviewed " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : "Last reviewed: not recorded";
        return new W.Footer(new W.Paragraph(
            new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleIds.Footer }),
            DocxInlines.PlainRun("Page ", language: language),
            Field("PAGE", "1"),
            DocxInlines.PlainRun(" of ", language: language),
            Field("NUMPAGES", "1"),
            new W.Run(new W.TabChar()),
            DocxInlines.PlainRun(reviewed, language: language)));
    }

    /// <summary>The closing paragraphs: disclaimer, then the contact line when there is one.</summary>
    public static IEnumerable<OpenXmlElement> Closing(HandoutSettings settings, string documentLanguage)
    {
        var language = Different(settings.Language, documentLanguage);
        var disclaimer = new W.Paragraph(
            new W.ParagraphProperties(
                new W.ParagraphStyleId { Val = DocxStyleIds.Closing },
                new W.ParagraphBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 6, Color = "7F7F7F" })),
            DocxInlines.PlainRun(XmlText.Clean(settings.Disclaimer), language: language));
        yield return disclaimer;
        if (!string.IsNullOrWhiteSpace(settings.Contact))
        {
            yield return new W.Paragraph(
                new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleIds.Closing }),
                DocxInlines.PlainRun(XmlText.Clean(settings.Contact.Trim()), bold: true, language: language));
        }
    }

    private static string? Different(string settingsLanguage, string documentLanguage) =>
        string.Equals(settingsLanguage, documentLanguage, StringComparison.OrdinalIgnoreCase) ? null : settingsLanguage;

    // A simple field with a cached result: Word and LibreOffice update it on layout, pandoc reads the result.
    private static W.SimpleField Field(string instruction, string cached) =>
        new(new W.Run(new W.RunProperties(new W.NoProof()), new W.Text(cached))) { Instruction = " " + instruction + " \\* MERGEFORMAT " };
}
