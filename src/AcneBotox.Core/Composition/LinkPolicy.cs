namespace AcneBotox.Core.Composition;

/// <summary>
/// Which link targets a handout may carry, in every format: http, https, mailto, tel, in-document
/// <c>#anchors</c> and relative references. Decided once, in the composition, so no writer keeps a link another drops.
/// </summary>
public static class LinkPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>True when <paramref name="target"/> is safe to keep as a link.</summary>
    public static bool IsSafe(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var trimmed = target.Trim();
        if (trimmed.Length == 0) return false;
        // Browsers ignore tabs and newlines inside schemes ("java\nscript:"), so any control character or space is refused.
        if (trimmed.Any(char.IsControl) || trimmed.Any(char.IsWhiteSpace)) return false;
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme) return colon != 0;
        var scheme = trimmed[..colon];
        if (!SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)) return false;
        var rest = trimmed[(colon + 1)..];
        if (scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase)) return rest.Contains('@', StringComparison.Ordinal);
        if (scheme.Equals("tel", StringComparison.OrdinalIgnoreCase)) return IsPhoneNumber(rest);
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            && trimmed.StartsWith(scheme + "://", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for the target of a link that leaves the document (not an <c>#anchor</c>).</summary>
    public static bool IsExternal(string target) => !target.TrimStart().StartsWith('#');

    // RFC 3966 in practice: an optional +, then digits and visual separators, with enough digits to dial.
    private static bool IsPhoneNumber(string number)
    {
        var digits = 0;
        for (var i = 0; i < number.Length; i++)
        {
            var c = number[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '+' && i == 0) continue;
            else if (c is not ('-' or '.' or '(' or ')')) return false;
        }
        return digits >= 3;
    }
}
