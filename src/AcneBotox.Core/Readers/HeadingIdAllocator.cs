using System.Globalization;
using System.Text;

namespace AcneBotox.Core.Readers;

/// <summary>
/// Gives headings stable anchor ids, unique within one document: lower-case words joined by
/// hyphens (GitHub style), with <c>-1</c>, <c>-2</c>... appended on repeats.
/// </summary>
public sealed class HeadingIdAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    // The first suffix not yet tried for each repeated slug: 10,000 headings "Question" cost 10,000 tries,
    // not 50 million (the suffixes below it are all taken, and taken ids stay taken).
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    /// <summary>The id for a heading with this text (or this preferred id), never returned twice.</summary>
    public string Allocate(string text)
    {
        var slug = Slug(text);
        if (slug.Length == 0) slug = "section";
        if (_used.Add(slug)) return slug;
        var n = _nextSuffix.GetValueOrDefault(slug, 1);
        string id;
        do id = slug + "-" + (n++).ToString(CultureInfo.InvariantCulture);
        while (!_used.Add(id));
        _nextSuffix[slug] = n;
        return id;
    }

    /// <summary>Lower-case letters and digits, words joined by single hyphens.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingHyphen && slug.Length > 0) slug.Append('-');
                pendingHyphen = false;
                slug.Append(char.ToLowerInvariant(ch));
            }
            else if (char.IsWhiteSpace(ch) || ch is '-' or '_')
            {
                pendingHyphen = true;
            }
        }
        return slug.ToString();
    }
}
