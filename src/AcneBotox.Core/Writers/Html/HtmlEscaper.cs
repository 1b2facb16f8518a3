using System.Text;

namespace AcneBotox.Core.Writers.Html;

/// <summary>
/// Escapes text for HTML element content and quoted attribute values. Characters HTML forbids
/// (C0/C1 controls other than whitespace, lone surrogates, noncharacters) become U+FFFD, so
/// nothing from the source can break the markup or make the validator fail.
/// </summary>
public static class HtmlEscaper
{
    /// <summary>Appends <paramref name="text"/> escaped for element content.</summary>
    public static void AppendText(StringBuilder output, string text) => Append(output, text, attribute: false);

    /// <summary>Appends <paramref name="text"/> escaped for a double-quoted attribute value.</summary>
    public static void AppendAttribute(StringBuilder output, string text) => Append(output, text, attribute: true);

    /// <summary><paramref name="text"/> escaped for element content.</summary>
    public static string Text(string text)
    {
        var output = new StringBuilder(text.Length);
        AppendText(output, text);
        return output.ToString();
    }

    /// <summary><paramref name="text"/> escaped for a double-quoted attribute value.</summary>
    public static string Attribute(string text)
    {
        var output = new StringBuilder(text.Length);
        AppendAttribute(output, text);
        return output.ToString();
    }

    private static void Append(StringBuilder output, string text, bool attribute)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': output.Append("&amp;"); continue;
                case '<': output.Append("&lt;"); continue;
                case '>': output.Append("&gt;"); continue;
                case '"' when attribute: output.Append("&quot;"); continue;
                case '\u00A0': output.Append("&nbsp;"); continue;
                case '\r' or '\f': output.Append(' '); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if ((codePoint & 0xFFFE) == 0xFFFE) output.Append('\uFFFD');
                else output.Append(text.AsSpan(i, 2));
                i++;
                continue;
            }
            output.Append(IsForbidden(c) ? '\uFFFD' : c);
        }
    }

    // HTML forbids controls except tab, LF, FF and CR (CR and FF become spaces above so the
    // bytes do not depend on the source's line endings), and noncharacters.
    private static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not '\t' and not '\n')
        || char.IsSurrogate(c)
        || c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';
}
