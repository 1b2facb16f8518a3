using System.Collections.Immutable;
using System.Globalization;

namespace AcneBotox.Core.Checks.Text;

/// <summary>
/// Splits running text into words as a reader counts them: "don't", "you’re" and "well-known" are one
/// word each, "2.5" and "1,000" are one number, and dashes, bullets and punctuation are not words.
/// </summary>
public static class WordTokenizer
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static ImmutableArray<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < text.Length)
            {
                if (IsWordChar(text, i)) i++;
                else if (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text, i + 1) && IsWordChar(text, i - 1)) i++;
                else if (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i - 1])) i++;
                else break;
            }
            words.Add(text[start..i]);
        }
        return words.ToImmutable();
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';

    private static bool IsWordChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
