using System.Text.RegularExpressions;

namespace AcneBotox.Core.Readers.PlainText;

/// <summary>
/// Recognises lines that web or PDF scraping leaves behind and that are not part of the article:
/// image credits, skip links, advertisement labels, page-continuation notes and bare page numbers.
/// The reader drops them, each with a warning.
/// </summary>
internal static partial class DebrisDetector
{
    /// <summary>What kind of debris <paramref name="line"/> is (e.g. "image credit"), or null for article text.</summary>
    /// <param name="line">The cleaned line.</param>
    /// <param name="title">The document title when known: credits often echo it as the image's alt text.</param>
    public static string? Classify(string line, string? title)
    {
        if (SkipLink().IsMatch(line)) return "skip link";
        if (Advertisement().IsMatch(line)) return "advertisement label";
        if (Continuation().IsMatch(line)) return "page-continuation note";
        if (PageNumber().IsMatch(line)) return "page number";
        if (IsImageCredit(line, title)) return "image credit";
        return null;
    }

    private static bool IsImageCredit(string line, string? title)
    {
        if (LineShape.WordCount(line) > 15 || LineShape.EndsSentence(line) && line.EndsWith('.')) return false;
        if (CreditPrefix().IsMatch(line) || StockAgency().IsMatch(line) || line.Contains('©', StringComparison.Ordinal)) return true;

        // The seed's shape: a photographer's handle, then the image's alt text (which echoes the title).
        var words = line.Split(' ');
        if (!PhotographerHandle().IsMatch(words[0])) return false;
        if (words.Length == 1) return true;
        return title is not null && EchoesTitle(words.AsSpan(1), title);
    }

    // At least two words, all matching the title's first words (case and punctuation ignored).
    private static bool EchoesTitle(ReadOnlySpan<string> words, string title)
    {
        var titleWords = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > titleWords.Length) return false;
        for (var i = 0; i < words.Length; i++)
            if (!string.Equals(Bare(words[i]), Bare(titleWords[i]), StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    private static string Bare(string word) => new([.. word.Where(char.IsLetterOrDigit)]);

    [GeneratedRegex(@"^(?:skip|jump)\s+(?:to|navigation)\b.{0,30}$|^skip\s+navigation$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkipLink();

    [GeneratedRegex(@"^[\W_]*(?:advertisements?|sponsored(?:\s+content)?|ad)[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Advertisement();

    [GeneratedRegex(@"^[\W_]*(?:\(?\s*)?continued\s+(?:from|on)\s+(?:the\s+)?(?:previous|next|last|following)\s+page\b[\W_]*$|^[\W_]*continued\s+(?:below|overleaf)[\W_]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Continuation();

    [GeneratedRegex(@"^(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:(?:photo|image|picture|illustration|graphic)s?\s*(?:credit\s*)?(?::|by\b|courtesy\b|©)|(?:image\s+|photo\s+)?credits?\s*:|courtesy\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditPrefix();

    [GeneratedRegex(@"\b(?:shutterstock|getty\s*images|istock(?:photo)?|adobe\s*stock|unsplash|pexels|alamy|dreamstime|depositphotos)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StockAgency();

    // A lower-case handle naming a photo business, e.g. "lphotographyndesigns" or "jane.doe.images".
    [GeneratedRegex(@"^@?[a-z0-9._]*(?:photo|image|pics|foto|stock|studio|shots)[a-z0-9._]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotographerHandle();
}
