using System.Globalization;
using System.Text;

namespace AcneBotox.Core.Checks.Text;

/// <summary>
/// Blanks e-mail addresses in one left-to-right pass, finding exactly what the pattern
/// <c>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b</c> finds on .NET's backtracking engine. Written by hand because that
/// pattern is quadratic on the backtracking engine ("a.a.a…" tried from every start) and its non-backtracking
/// form cost a cold process about 160 JIT-compiled methods (a quarter of the check stage) before any text was read.
/// </summary>
public static class EmailAddresses
{
    /// <summary><paramref name="text"/> with every e-mail address replaced by one space.</summary>
    public static string Blank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0) return text;
        var result = new StringBuilder(text.Length);
        var from = 0; // where the previous match ended: the next one starts here or later
        for (; at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = LocalPartStart(text, from, at);
            var end = start < 0 ? -1 : DomainEnd(text, at);
            if (end < 0) continue;
            result.Append(text, from, start - from).Append(' ');
            from = end;
            if (end >= text.Length) break;
        }
        return result.Append(text, from, text.Length - from).ToString();
    }

    // The leftmost start of "\b[\w.+-]+" that reaches the '@' at `at` without going before `from`, or -1.
    private static int LocalPartStart(string text, int from, int at)
    {
        var runStart = at;
        while (runStart > from && IsLocalPartChar(text[runStart - 1])) runStart--;
        for (var start = runStart; start < at; start++)
            if (IsBoundary(text, start)) return start;
        return -1;
    }

    // The end of "[\w-]+(?:\.[\w-]+)+\b" after the '@' at `at`, or -1. Backtracking tries the ends from the
    // longest down, so the match ends at the last position that closes a label (after at least one dot) at a
    // word boundary.
    private static int DomainEnd(string text, int at)
    {
        var position = at + 1;
        if (position >= text.Length || !IsLabelChar(text[position])) return -1;
        while (position < text.Length && IsLabelChar(text[position])) position++;
        var best = -1;
        while (position + 1 < text.Length && text[position] == '.' && IsLabelChar(text[position + 1]))
        {
            position++;
            while (position < text.Length && IsLabelChar(text[position]))
            {
                position++;
                if (IsBoundary(text, position)) best = position;
            }
        }
        return best;
    }

    private static bool IsLocalPartChar(char c) => IsWordChar(c) || c is '.' or '+' or '-';

    private static bool IsLabelChar(char c) => IsWordChar(c) || c == '-';

    // \b: a word character on exactly one side. Like .NET's regex engine, zero-width (non-)joiners count as
    // word characters on the boundary's sides though \w does not match them.
    private static bool IsBoundary(string text, int position) =>
        (position > 0 && IsBoundaryWordChar(text[position - 1])) != (position < text.Length && IsBoundaryWordChar(text[position]));

    private static bool IsBoundaryWordChar(char c) => IsWordChar(c) || c is '\u200C' or '\u200D';

    /// <summary>Whether .NET's regex <c>\w</c> matches <paramref name="c"/>: letters, non-spacing marks, decimal digits, connector punctuation.</summary>
    public static bool IsWordChar(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
