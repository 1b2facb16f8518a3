using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Cli;

/// <summary>
/// Formats diagnostics as GitHub Actions workflow commands (<c>::warning file=...,line=...::message</c>), so
/// problems show up on the pull request's changed lines.
/// </summary>
internal static class GitHubAnnotations
{
    /// <summary>True when running inside GitHub Actions.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    /// <summary>The workflow command for <paramref name="diagnostic"/>, with paths relative to <paramref name="relativeTo"/>.</summary>
    public static string Format(Diagnostic diagnostic, string relativeTo)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var command = new StringBuilder("::").Append(diagnostic.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        });
        var properties = new List<string>();
        if (diagnostic.Path is not null) properties.Add("file=" + EscapeProperty(BatchReport.Relative(diagnostic.Path, relativeTo)));
        if (diagnostic.Line is { } line) properties.Add("line=" + line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        properties.Add("title=" + EscapeProperty(diagnostic.Rule));
        command.Append(' ').AppendJoin(',', properties);
        var message = diagnostic.Suggestion is null ? diagnostic.Message : $"{diagnostic.Message} ({diagnostic.Suggestion})";
        return command.Append("::").Append(EscapeData(message)).ToString();
    }

    // The escapes GitHub's runner undoes (actions/toolkit, command.ts): '%', CR and LF. With no raw line break
    // left, the text cannot start a line of its own, so it cannot start a workflow command; other control
    // characters (terminal escapes) are shown as visible escapes.
    private static string EscapeData(string text) =>
        ConsoleText.Escape(text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal));

    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
