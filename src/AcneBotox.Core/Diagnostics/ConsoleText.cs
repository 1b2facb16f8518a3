using System.Globalization;
using System.Text;

namespace AcneBotox.Core.Diagnostics;

/// <summary>
/// Makes text from inputs safe to print on a terminal or in a CI log. File names, titles, link targets and
/// messages may hold line breaks, escape sequences or bidirectional overrides; printed raw they could forge a
/// log line (a GitHub <c>::error::</c> or <c>::add-mask::</c> workflow command), recolour or rewrite the
/// terminal. Every such character is shown as a visible escape instead, so one value stays on one line.
/// </summary>
public static class ConsoleText
{
    /// <summary>
    /// <paramref name="text"/> with every control character (C0, DEL, C1), line or paragraph separator and
    /// bidirectional control shown as an escape: <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\e</c>, <c>\x07</c>, <c>\u202E</c>.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var first = IndexOfUnsafe(text);
        if (first < 0) return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsUnsafe(c))
            {
                escaped.Append(c);
                continue;
            }
            escaped.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\u001B' => @"\e",
                < '\u0100' => string.Create(CultureInfo.InvariantCulture, $@"\x{(int)c:X2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $@"\u{(int)c:X4}"),
            });
        }
        return escaped.ToString();
    }

    /// <summary>
    /// A path for the start of a printed line: escaped, and a relative path that starts with <c>::</c> (which
    /// a CI runner would read as a workflow command) or <c>-</c> is written <c>./::name</c>, which names the same file.
    /// </summary>
    public static string Path(string? path)
    {
        var escaped = Escape(path);
        return escaped.StartsWith(':') || escaped.StartsWith('-') || (escaped.Length > 0 && char.IsWhiteSpace(escaped[0]))
            ? "./" + escaped
            : escaped;
    }

    /// <summary>
    /// A whole line to print: escaped, and if it would still start a workflow command (<c>::</c> after spaces)
    /// the colon is escaped too, so only the lines AcneBotox writes as annotations ever start one.
    /// </summary>
    public static string Line(string? line)
    {
        var escaped = Escape(line);
        return escaped.TrimStart().StartsWith("::", StringComparison.Ordinal) ? @"\" + escaped.TrimStart() : escaped;
    }

    /// <summary>True when <paramref name="c"/> is shown as an escape by <see cref="Escape"/>.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F'
        || c is '\u2028' or '\u2029'                          // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E'                   // bidirectional embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'                   // bidirectional isolates
        || c is '\u200E' or '\u200F' or '\u061C'              // direction marks
        || c is '\uFEFF';                                     // a byte-order mark mid-text hides itself

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsUnsafe(text[i])) return i;
        return -1;
    }
}
