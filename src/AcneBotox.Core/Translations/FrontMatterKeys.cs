using System.Text;
using System.Text.RegularExpressions;

namespace AcneBotox.Core.Translations;

/// <summary>A cheap look at an article's bytes: could its front matter declare <c>translationOf</c> or <c>id</c>?</summary>
public static partial class FrontMatterKeys
{
    // Front matter is a handful of lines at the top; a key line further down is not front matter anyway.
    private const int LookAtBytes = 16 * 1024;

    /// <summary>True when <paramref name="bytes"/> are Markdown starting with front matter that has one of the keys.</summary>
    public static bool MayDeclareTranslation(string path, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".md" or ".markdown")) return false;
        var text = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, LookAtBytes)]).TrimStart('\uFEFF');
        return text.StartsWith("---", StringComparison.Ordinal) && KeyLine().IsMatch(text);
    }

    [GeneratedRegex(@"^(translationOf|id)[ \t]*:", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex KeyLine();
}
