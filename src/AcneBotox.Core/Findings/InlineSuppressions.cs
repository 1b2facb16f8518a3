using System.Text.RegularExpressions;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Findings;

/// <summary>
/// Findings a Markdown author accepted in the text itself, as linters allow:
/// <c>&lt;!-- acnebotox-disable-next-line plain.jargon --&gt;</c> silences the next non-blank line;
/// <c>&lt;!-- acnebotox-disable readability --&gt;</c> … <c>&lt;!-- acnebotox-enable readability --&gt;</c> silences
/// the lines between (to the end of the file without an enable). Without rule names every rule is meant. A finding
/// about the whole document (no line) is silenced by a <c>disable</c> that stays in force to the end of the file.
/// Comments never reach a handout, so these leave the output unchanged. Errors are never silenced.
/// </summary>
public sealed partial class InlineSuppressions
{
    private readonly List<(int From, int To, string[] Rules)> _ranges = [];

    private InlineSuppressions()
    {
    }

    /// <summary>No comments: nothing silenced.</summary>
    public static InlineSuppressions None { get; } = new();

    /// <summary>The suppressions written in <paramref name="markdown"/> (the whole file, so line numbers are the file's).</summary>
    public static InlineSuppressions Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!markdown.Contains("acnebotox-", StringComparison.Ordinal)) return None;
        var result = new InlineSuppressions();
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var open = new List<(int From, string[] Rules)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            foreach (Match match in Directive().Matches(lines[i]))
            {
                var rules = match.Groups["rules"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
                switch (match.Groups["kind"].Value)
                {
                    case "disable-next-line":
                        var next = i + 1;
                        while (next < lines.Length && (lines[next].Trim().Length == 0 || Directive().IsMatch(lines[next]))) next++;
                        result._ranges.Add((next + 1, next + 1, rules));
                        break;
                    case "disable":
                        open.Add((number, rules));
                        break;
                    default:
                        // An enable closes the disables it names (every open one when it names none).
                        foreach (var range in open.Where(o => rules.Length == 0 || o.Rules.SequenceEqual(rules)).ToList())
                        {
                            result._ranges.Add((range.From, number, range.Rules));
                            open.Remove(range);
                        }
                        break;
                }
            }
        }
        foreach (var (from, rules) in open) result._ranges.Add((from, int.MaxValue, rules));
        return result;
    }

    /// <summary>True when the author silenced <paramref name="diagnostic"/>.</summary>
    public bool Silences(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Severity == Severity.Error) return false;
        var line = diagnostic.Line ?? int.MaxValue;
        return _ranges.Any(r => line >= r.From && line <= r.To
            && (r.Rules.Length == 0 || r.Rules.Any(rule => new RuleOverride(rule, FindingLevel.Off).MatchesRule(diagnostic.Rule))));
    }

    /// <summary>The diagnostics the author did not silence.</summary>
    public IReadOnlyList<Diagnostic> Filter(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return _ranges.Count == 0 ? diagnostics : [.. diagnostics.Where(d => !Silences(d))];
    }

    [GeneratedRegex(@"<!--\s*acnebotox-(?<kind>disable-next-line|disable|enable)(?<rules>[\s\w.,-]*?)\s*-->", RegexOptions.CultureInvariant)]
    private static partial Regex Directive();
}
