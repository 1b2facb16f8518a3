using System.Text.RegularExpressions;

namespace AcneBotox.Core.Model;

/// <summary>The one test of what counts as a language tag, shared by the front matter and the writers.</summary>
public static partial class LanguageTags
{
    /// <summary>Whether <paramref name="tag"/> has the shape of a BCP 47 tag: a 2-3 letter language, then subtags.</summary>
    public static bool IsWellFormed(string tag) => Pattern().IsMatch(tag);

    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
