using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Conformance.Tests.Parity;

/// <summary>
/// The content text of each output, read with an independent library, without what each format adds as
/// page furniture or generated markers: PDF artifacts, list labels (Lbl) and the link addresses printed for paper (Span), the HTML header band, Word's
/// header and footer parts and its numbering.
/// </summary>
internal static class OutputText
{
    /// <summary>
    /// The PDF's tagged content in content-stream order (our writer draws in reading order, right-to-left text too),
    /// read with PdfPig, which takes a marked-content sequence's replacement text (<c>/ActualText</c>) for its glyphs.
    /// </summary>
    public static string Pdf(string path)
    {
        using var pdf = PdfDocument.Open(path, new ParsingOptions { UseActualText = true });
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            var skipped = new HashSet<(double, double, string)>();
            foreach (var element in page.GetMarkedContents()) CollectSkipped(element, skipped, inSkipped: false);
            foreach (var letter in page.Letters)
                if (!skipped.Contains(Key(letter))) text.Append(letter.Value);
        }
        return text.ToString();
    }

    private static void CollectSkipped(MarkedContentElement element, HashSet<(double, double, string)> skipped, bool inSkipped)
    {
        // A Span with an MCID is a structure element (a printed link address); one without is only replacement text.
        var skip = inSkipped || element.IsArtifact || element.Tag is "Artifact" or "Lbl" || (element.Tag == "Span" && element.MarkedContentIdentifier >= 0);
        if (skip) foreach (var letter in element.Letters) skipped.Add(Key(letter));
        foreach (var child in element.Children) CollectSkipped(child, skipped, skip);
    }

    private static (double, double, string) Key(Letter letter) =>
        (Math.Round(letter.StartBaseLine.X, 2), Math.Round(letter.StartBaseLine.Y, 2), letter.Value);

    /// <summary>The Word body's text in document order, read with the Open XML SDK.</summary>
    public static string Docx(string path)
    {
        using var word = WordprocessingDocument.Open(path, false);
        var text = new StringBuilder();
        foreach (var element in word.MainDocumentPart!.Document!.Body!.Descendants())
        {
            switch (element)
            {
                case W.Text t: text.Append(t.Text); break;
                case W.Break or W.TabChar: text.Append(' '); break;
                case W.Paragraph: text.Append(' '); break;
            }
        }
        return text.ToString();
    }

    /// <summary>The page's main and footer text (the header band is the page furniture of the paged formats), read with AngleSharp.</summary>
    public static string Html(string path)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(path));
        return string.Join(' ', page.QuerySelectorAll("body > main, body > footer").Select(e => e.TextContent));
    }

    /// <summary>Text without whitespace, for comparisons that ignore line breaking and spacing.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
