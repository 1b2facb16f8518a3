using System.Text.RegularExpressions;

namespace AcneBotox.Core.Checks.Text;

/// <summary>
/// Removes what a reader does not read as prose before scoring: web addresses, email addresses and
/// phone numbers. Each becomes a space, so the words around it stay apart.
/// </summary>
public static partial class ScoringFilter
{
    /// <summary>The text with URLs, emails and phone numbers blanked out.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = UrlPattern().Replace(text, " ");
        text = EmailAddresses.Blank(text);
        return PhonePattern().Replace(text, m => LooksLikePhone(m.Value) ? " " : m.Value);
    }

    [GeneratedRegex(@"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>""]*[^\s<>"".,;:!?)\]]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    // 555-0134, (555) 123-4567, 0800 123 4567, +44 20 7946 0958.
    [GeneratedRegex(@"(?<![\w.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,3}(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    // A phone number has at least 7 digits; "12.50" and "2019-2023" are not phone numbers.
    private static bool LooksLikePhone(string candidate) =>
        candidate.Count(char.IsAsciiDigit) >= 7 && !YearRangePattern().IsMatch(candidate);

    [GeneratedRegex(@"^(?:1[89]|20)\d\d\s*[-\u2013]\s*(?:1[89]|20)\d\d$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRangePattern();
}
