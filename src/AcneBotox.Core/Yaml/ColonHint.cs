using System.Text.RegularExpressions;

namespace AcneBotox.Core.Yaml;

/// <summary>
/// The most common YAML mistake in front matter: a value that holds <c>": "</c> (<c>title: Botox for acne: what
/// to expect</c>), which YAML reads as a second key. When the line a parse error points at (or the one before)
/// looks like that, the fix is to quote the value, and the hint shows the line quoted.
/// </summary>
internal static partial class ColonHint
{
    /// <summary>A suggestion to quote the value, or <c>null</c> when the line holds no unquoted <c>": "</c> in its value.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="yamlLine">The 1-based line of the YAML text the parser complained about.</param>
    public static string? For(string yaml, int yamlLine)
    {
        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        foreach (var index in (int[])[yamlLine - 1, yamlLine - 2])
        {
            if (index < 0 || index >= lines.Length) continue;
            var match = KeyWithColonValue().Match(lines[index]);
            if (!match.Success) continue;
            var value = match.Groups["value"].Value.TrimEnd();
            var quoted = "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
            var shown = $"{match.Groups["key"].Value}: {quoted}";
            if (shown.Length > 100) shown = $"{match.Groups["key"].Value}: \"...\"";
            return $"the value holds ': ', which YAML reads as another key; put the value in quotes: {shown}";
        }
        return null;
    }

    // key: value, where the value does not start with a quote, bracket, brace, '|' or '>' and holds ": ".
    [GeneratedRegex("""^\s*(?:-\s+)?(?<key>[A-Za-z_][\w.-]*):\s+(?<value>[^\s"'\[\{|>#&*!].*:\s.*)$""")]
    private static partial Regex KeyWithColonValue();
}
