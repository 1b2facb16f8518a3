using System.Text;

namespace AcneBotox.Docx;

/// <summary>Makes model text safe for WordprocessingML: no characters XML forbids, whitespace as word separation.</summary>
internal static class XmlText
{
    /// <summary>
    /// Replaces control characters (including newlines and tabs, which the model treats as word separators)
    /// with a space and drops unpaired surrogates and other characters XML 1.0 cannot carry.
    /// </summary>
    public static string Clean(string value)
    {
        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsHighSurrogate(ch) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                clean.Append(ch).Append(value[++i]);
                continue;
            }
            if (char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF') continue;
            clean.Append(char.IsControl(ch) ? ' ' : ch);
        }
        return clean.ToString();
    }
}
