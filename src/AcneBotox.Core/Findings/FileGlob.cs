using System.Text;
using System.Text.RegularExpressions;

namespace AcneBotox.Core.Findings;

/// <summary>
/// File globs as <c>.gitignore</c> and <c>.editorconfig</c> write them: <c>*</c> and <c>?</c> stay inside one folder,
/// <c>**</c> crosses folders, and a glob without <c>/</c> matches the file name in any folder.
/// </summary>
public static class FileGlob
{
    /// <summary>True when <paramref name="relativePath"/> (with <c>/</c> separators) matches <paramref name="glob"/>.</summary>
    public static bool Matches(string glob, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(glob);
        ArgumentNullException.ThrowIfNull(relativePath);
        var path = relativePath.Replace('\\', '/');
        var pattern = glob.Replace('\\', '/').TrimStart('/');
        if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
        var target = pattern.Contains('/', StringComparison.Ordinal) ? path : path[(path.LastIndexOf('/') + 1)..];
        return Regex.IsMatch(target, ToRegex(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" also matches no folder at all: "**/a.md" matches "a.md".
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return regex.Append('$').ToString();
    }
}
