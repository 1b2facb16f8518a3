using System.Collections.Frozen;

namespace AcneBotox.Core.Checks.Text;

/// <summary>
/// Splits one paragraph (or list item) into sentences. A full stop after an abbreviation ("Dr.",
/// "e.g."), an initial or inside a number ("2.5") does not end a sentence; the end of the text always does.
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations that are followed by more of the same sentence, whatever comes next.
    private static readonly FrozenSet<string> NeverFinal = new[]
    {
        "dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "eg", "ie", "approx", "fig", "no", "nos",
        "jr", "sr", "dept", "ca", "cf", "ref", "vol", "p", "pp", "tel", "ext", "incl", "min", "max", "mt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences of <paramref name="text"/>, trimmed, without empty ones.</summary>
    public static IEnumerable<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            i++;
            if (c is not ('.' or '!' or '?' or '\u2026')) continue;
            while (i < text.Length && text[i] is '.' or '!' or '?' or '\u2026') i++;
            while (i < text.Length && text[i] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']') i++;
            if (i < text.Length && !char.IsWhiteSpace(text[i])) continue; // "2.5", "e.g.x", "www.x"
            if (c == '.' && !EndsSentence(text, i)) continue;
            var sentence = text[start..i].Trim();
            if (sentence.Length > 0) yield return sentence;
            start = i;
        }
        var rest = text[start..].Trim();
        if (rest.Length > 0) yield return rest;
    }

    private static bool EndsSentence(string text, int afterStop)
    {
        var stop = text.LastIndexOf('.', afterStop - 1);
        var tokenStart = stop;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]) && text[tokenStart - 1] != '(') tokenStart--;
        var token = text[tokenStart..stop].TrimStart('"', '\u201C', '\'', '\u2018');
        if (NeverFinal.Contains(token)) return false;
        var next = afterStop;
        while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        if (next >= text.Length) return true;
        // "J. Smith", "U.S. law": an initial or a dotted abbreviation ends a sentence only before a capital.
        var nextChar = text[next];
        if (char.IsLower(nextChar)) return false;
        if (token.Length == 1 && char.IsUpper(token[0])) return false;
        return true;
    }
}
