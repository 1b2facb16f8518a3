using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// What one PDF handout may cost: at most <see cref="MaxPages"/> pages and <see cref="MaxLinks"/> links. Time
/// and memory grow with pages and links, so these bound them; a document past either fails with one clear
/// error instead of minutes of work and a file no patient would read. Checked twice: before layout from the
/// text's length (no page holds more than <see cref="MaxCharactersPerPage"/> characters, so more text than
/// that many pages can hold cannot fit) and after layout with the real page count.
/// </summary>
internal static class PageBudget
{
    /// <summary>Most pages a PDF handout may have (a handout has a few; a booklet dozens).</summary>
    public const int MaxPages = 500;

    /// <summary>Most links a PDF handout may hold: each is an annotation and a tagged structure element.</summary>
    public const int MaxLinks = 10_000;

    /// <summary>More characters than any page holds: 12 pt text (the smallest) in the narrowest letters fits about 7,000.</summary>
    public const int MaxCharactersPerPage = 8_000;

    /// <summary>Fails <paramref name="document"/> when its text cannot fit in <see cref="MaxPages"/> or it has too many links.</summary>
    public static void CheckBeforeLayout(Document document, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(document);
        long characters = document.Metadata.Title.Length;
        var links = 0;
        foreach (var block in ModelWalker.Descendants(document))
            foreach (var run in ModelWalker.InlineRuns(block))
                foreach (var inline in ModelWalker.Descendants(run))
                {
                    if (inline is Text text) characters += text.Value.Length;
                    else if (inline is Code code) characters += code.Value.Length;
                    else if (inline is Link) links++;
                }
        if (links > MaxLinks)
            throw new DocumentException("pdf.too-many-links",
                string.Create(CultureInfo.InvariantCulture, $"the document has {links:N0} links, over the PDF limit of {MaxLinks:N0}; a handout has dozens"),
                sourcePath, suggestion: "keep the links a patient needs, or list the rest on a web page and link to it once");
        var fewestPages = characters / MaxCharactersPerPage;
        if (fewestPages > MaxPages)
            throw TooManyPages(string.Create(CultureInfo.InvariantCulture,
                $"the document's {characters:N0} characters need more than {fewestPages:N0} PDF pages, over the limit of {MaxPages:N0}"), sourcePath);
    }

    /// <summary>Fails the document when its laid-out PDF has more than <see cref="MaxPages"/> pages.</summary>
    public static void CheckPages(int pages, string sourcePath)
    {
        if (pages > MaxPages)
            throw TooManyPages(string.Create(CultureInfo.InvariantCulture,
                $"the PDF would have {pages:N0} pages, over the limit of {MaxPages:N0}"), sourcePath);
    }

    private static DocumentException TooManyPages(string message, string sourcePath) =>
        new("pdf.too-many-pages", message + "; a handout has a few", sourcePath,
            suggestion: "split the article into several handouts, or shorten long tables and lists");
}
