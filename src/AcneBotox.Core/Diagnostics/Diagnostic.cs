using System.Globalization;
using System.Text;

namespace AcneBotox.Core.Diagnostics;

/// <summary>One message about one place in one input, in the compiler-style form <c>path:line: warning: text</c>.</summary>
/// <param name="Severity">How bad it is.</param>
/// <param name="Rule">A stable rule id such as <c>reader.debris-dropped</c> or <c>readability.grade</c>.</param>
/// <param name="Message">What happened, in plain words.</param>
/// <param name="Path">The file it concerns, when there is one.</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Suggestion">What the user can do about it, when there is something.</param>
public sealed record Diagnostic(
    Severity Severity,
    string Rule,
    string Message,
    string? Path = null,
    int? Line = null,
    string? Suggestion = null)
{
    /// <summary>
    /// Formats as <c>path:line: severity: message</c>, the shape editors and CI annotate. Path, message and
    /// suggestion come from inputs, so they are escaped (<see cref="ConsoleText"/>): the result is always one
    /// line and never starts a workflow command.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Path is not null)
        {
            text.Append(ConsoleText.Path(Path));
            if (Line is not null) text.Append(CultureInfo.InvariantCulture, $":{Line}");
            text.Append(": ");
        }
        text.Append(Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        });
        text.Append(": ").Append(ConsoleText.Escape(Message));
        if (Suggestion is not null) text.Append(" (").Append(ConsoleText.Escape(Suggestion)).Append(')');
        return text.ToString();
    }
}
