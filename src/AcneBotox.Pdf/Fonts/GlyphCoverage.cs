using System.Globalization;
using System.Text;

namespace AcneBotox.Pdf.Fonts;

/// <summary>
/// Keeps the characters some font of the handout can draw and replaces the others with "?", naming each one to
/// the caller, so a reader never meets an invisible box and an author always learns what is missing. Spaces and
/// invisible marks a font lacks become a plain space or nothing (that changes nothing a reader sees); visible
/// characters are never swapped for look-alikes.
/// </summary>
internal sealed class GlyphCoverage(Func<int, bool> covers)
{
    private static readonly Dictionary<int, string> Invisible = new()
    {
        [0x00A0] = " ", [0x2002] = " ", [0x2003] = " ", [0x2009] = " ", [0x202F] = " ", [0x200A] = " ",
        [0x200B] = "", [0xFEFF] = "", [0x00AD] = "", [0x2060] = "",
    };

    /// <summary>Returns <paramref name="text"/> with every character no font has replaced by "?"; <paramref name="missing"/> hears about each one.</summary>
    public string Clean(string text, Action<int> missing)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var (codePoint, length) = CodePointAt(text, i);
            // U+FFFD stands for text already lost before it reached us, and noncharacters are not text: both print as "?".
            var ok = codePoint >= 0 && !char.IsControl(text[i]) && codePoint != 0xFFFD && (codePoint & 0xFFFE) != 0xFFFE && (covers(codePoint) || Glyphs.FontChain.IsInvisible(codePoint) || text[i] == ' ');
            if (ok && result is null)
            {
                i += length - 1;
                continue;
            }
            result ??= new StringBuilder(text, 0, i, text.Length);
            if (ok) result.Append(text, i, length);
            else if (codePoint >= 0 && Invisible.TryGetValue(codePoint, out var plain)) result.Append(plain);
            else if (codePoint >= 0 && char.IsControl(text[i])) result.Append(' ');
            else
            {
                missing(codePoint < 0 ? text[i] : codePoint);
                result.Append('?');
            }
            i += length - 1;
        }
        return result?.ToString() ?? text;
    }

    private static (int CodePoint, int Length) CodePointAt(string text, int i)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            return (char.ConvertToUtf32(text[i], text[i + 1]), 2);
        return char.IsSurrogate(text[i]) ? (-1, 1) : (text[i], 1);
    }

    /// <summary>A character for a warning: <c>U+2605 '★'</c>.</summary>
    public static string Describe(int codePoint) =>
        string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}") +
        (codePoint is >= 0x20 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? $" '{char.ConvertFromUtf32(codePoint)}'" : "");
}
