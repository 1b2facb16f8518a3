using System.Collections.Immutable;
using System.Text;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Composition;

/// <summary>
/// Turns the phone numbers and e-mail addresses of the contact line into tel: and mailto: links, so a patient
/// reading on a phone can call with one tap. A linear scan; anything else stays text.
/// </summary>
internal static class ContactLinks
{
    private const int MinimumPhoneDigits = 7;

    /// <summary>The contact line as inlines.</summary>
    public static ImmutableArray<Inline> Inlines(string contact)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        var text = new StringBuilder();
        var i = 0;
        while (i < contact.Length)
        {
            var end = Token(contact, i, out var target);
            if (target is not null)
            {
                if (text.Length > 0) result.Add(new Text(text.ToString()));
                text.Clear();
                result.Add(new Link(target, [new Text(contact[i..end])]));
                i = end;
                continue;
            }
            text.Append(contact, i, end - i);
            i = end;
        }
        if (text.Length > 0) result.Add(new Text(text.ToString()));
        return result.ToImmutable();
    }

    // Reads one whitespace-delimited word (or a run of phone characters) starting at i; returns its end.
    private static int Token(string s, int i, out string? target)
    {
        target = null;
        if (char.IsWhiteSpace(s[i])) return i + 1;
        if (s[i] == '+' || char.IsAsciiDigit(s[i]) || s[i] == '(')
        {
            var end = i;
            var digits = new StringBuilder();
            while (end < s.Length && (char.IsAsciiDigit(s[end]) || s[end] is '+' or '(' or ')' or '-' or '.' or ' '))
            {
                if (char.IsAsciiDigit(s[end])) digits.Append(s[end]);
                end++;
            }
            // Trailing separators and spaces belong to the text after the number.
            while (end > i && !char.IsAsciiDigit(s[end - 1]) && s[end - 1] != ')') end--;
            if (digits.Length >= MinimumPhoneDigits && end > i)
            {
                target = "tel:" + (s[i] == '+' ? "+" : "") + digits;
                return end;
            }
        }
        var wordEnd = i;
        while (wordEnd < s.Length && !char.IsWhiteSpace(s[wordEnd])) wordEnd++;
        var word = s[i..wordEnd].TrimEnd('.', ',', ';', ':', ')', '!', '?');
        var at = word.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && word.IndexOf('.', at) > at + 1 && !word.EndsWith('.') && word.IndexOf('@', at + 1) < 0 && LinkPolicy.IsSafe("mailto:" + word))
        {
            target = "mailto:" + word;
            return i + word.Length;
        }
        return wordEnd == i ? i + 1 : wordEnd;
    }
}
