using System.Text;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Readers;

/// <summary>Every document has a title: when the source gives none, its file name turned into words.</summary>
public static class TitleFallback
{
    /// <summary>The rule id of the warning every fallback emits.</summary>
    public const string Rule = "reader.title-from-file-name";

    /// <summary><c>can-botox-help-acne</c> becomes <c>Can Botox Help Acne</c>.</summary>
    public static string FromFileName(SourceFile source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var words = source.BaseName.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        var title = new StringBuilder();
        foreach (var word in words)
        {
            if (title.Length > 0) title.Append(' ');
            title.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }
        return title.Length > 0 ? title.ToString() : "Untitled";
    }

    /// <summary>The fallback title, with a warning saying why it was needed.</summary>
    public static string FromFileName(SourceFile source, DiagnosticBag diagnostics, string reason, int? line, string suggestion)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var title = FromFileName(source);
        diagnostics.Warn(Rule, $"{reason}, so the title comes from the file name: \"{title}\"", source.Path, line, suggestion);
        return title;
    }
}
