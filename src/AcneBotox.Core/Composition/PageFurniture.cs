using System.Globalization;

namespace AcneBotox.Core.Composition;

/// <summary>
/// What paged formats (PDF, Word) repeat on every page. HTML has no pages: the organization is its header band
/// once, and the review line is in the end matter, which every format shows.
/// </summary>
/// <param name="Header">The running header: the organization.</param>
/// <param name="ReviewLine">"Last reviewed ..." for the footer.</param>
/// <param name="PageOf">The "Page {0} of {1}" pattern.</param>
public sealed record PageFurniture(string Header, string ReviewLine, string PageOf)
{
    /// <summary>"Page X of Y" for one page.</summary>
    public string PageText(int page, int pages) => string.Format(CultureInfo.InvariantCulture, PageOf, page, pages);
}
