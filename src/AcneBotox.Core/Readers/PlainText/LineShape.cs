using System.Text.RegularExpressions;

namespace AcneBotox.Core.Readers.PlainText;

/// <summary>What a cleaned line looks like: heading, sentence, list item, question or answer.</summary>
internal static partial class LineShape
{
    /// <summary>Headings are short: at most this many words...</summary>
    public const int MaxHeadingWords = 15;

    /// <summary>...and at most this many characters.</summary>
    public const int MaxHeadingLength = 100;

    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Ends like a sentence or a clause that continues (a question mark does not count: questions make headings).</summary>
    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '\'', '”', '’', ')', ']', '*', '_');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or ',' or ';' or ':' or '…';
    }

    /// <summary>A line that could be a heading: short, starts with a capital or digit, no sentence-ending punctuation.</summary>
    public static bool IsHeadingLike(string text) =>
        text.Length is > 0 and <= MaxHeadingLength
        && WordCount(text) <= MaxHeadingWords
        && text.Any(char.IsLetter)
        && !char.IsLower(text[0])
        && !EndsSentence(text)
        && ListMarker(text) is null
        && QuestionText(text) is null
        && AnswerText(text) is null;

    /// <summary>The first line is "plainly body text" when it is a long sentence, or a question/answer line.</summary>
    public static bool IsPlainlyBodyText(string text)
    {
        var words = WordCount(text);
        var trimmed = text.TrimEnd('"', '\'', '”', '’', ')');
        var endsWithStop = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or ';' or ',';
        return (endsWithStop && words >= 8) || words > 20 || QuestionText(text) is not null || AnswerText(text) is not null;
    }

    /// <summary>Starts with an upper-case letter, digit or opening quote (a new sentence, not a continuation).</summary>
    public static bool StartsSentence(string text) =>
        text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '“' or '\'' or '‘');

    /// <summary>The text after a "Q." / "Q:" / "Question:" prefix, or null.</summary>
    public static string? QuestionText(string text) => AfterPrefix(QuestionPrefix(), text);

    /// <summary>The text after an "A." / "A:" / "Answer:" prefix, or null.</summary>
    public static string? AnswerText(string text) => AfterPrefix(AnswerPrefix(), text);

    /// <summary>The list marker a line starts with, or null.</summary>
    public static ListItemStart? ListMarker(string text)
    {
        var bullet = BulletPrefix().Match(text);
        if (bullet.Success) return new ListItemStart(false, 1, text[bullet.Length..]);
        var number = NumberPrefix().Match(text);
        if (number.Success && int.TryParse(number.Groups[1].ValueSpan, out var start))
            return new ListItemStart(true, start, text[number.Length..]);
        return null;
    }

    private static string? AfterPrefix(Regex prefix, string text)
    {
        var match = prefix.Match(text);
        return match.Success && match.Length < text.Length ? text[match.Length..] : null;
    }

    [GeneratedRegex(@"^(?:Q|Question)\s*[.:)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionPrefix();

    [GeneratedRegex(@"^(?:A|Answer)\s*[.:)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerPrefix();

    [GeneratedRegex(@"^[-*•◦▪–·]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPrefix();

    [GeneratedRegex(@"^(\d{1,3})[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();
}
