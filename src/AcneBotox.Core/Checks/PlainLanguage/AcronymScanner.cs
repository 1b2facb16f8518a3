using System.Text.RegularExpressions;

namespace AcneBotox.Core.Checks.PlainLanguage;

/// <summary>
/// Finds acronym-shaped words ("MRI", "HPV", "UVs", "COVID19") in one pass. A candidate is a whole word
/// (letters, digits, apostrophes and hyphens) made of capitals and digits, starting with a capital, with
/// at least two capitals and an optional plural "s". Scanning whole words keeps this linear: a pattern
/// that searched for the capitals inside a run of them tried every split of the run, quadratic in its length.
/// </summary>
public static partial class AcronymScanner
{
    /// <summary>Where each acronym-shaped word of <paramref name="text"/> is, in order.</summary>
    public static IEnumerable<(int Index, int Length)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One match per maximal word: the pattern has a single character class, so it never backtracks.
        for (var word = WholeWord().Match(text); word.Success; word = word.NextMatch())
            if (IsAcronym(text.AsSpan(word.Index, word.Length))) yield return (word.Index, word.Length);
    }

    /// <summary>True for a word of capitals and digits that starts with a capital, has two or more, and may end in "s".</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var body = word.Length > 0 && word[^1] == 's' ? word[..^1] : word;
        if (body.Length < 2 || !char.IsAsciiLetterUpper(body[0])) return false;
        var capitals = 0;
        foreach (var c in body)
        {
            if (char.IsAsciiLetterUpper(c)) capitals++;
            else if (!char.IsAsciiDigit(c)) return false;
        }
        return capitals >= 2;
    }

    // The characters the old pattern's look-arounds treated as part of a word.
    [GeneratedRegex(@"[\w'’-]+", RegexOptions.CultureInvariant)]
    private static partial Regex WholeWord();
}
