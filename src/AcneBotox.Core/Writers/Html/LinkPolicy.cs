namespace AcneBotox.Core.Writers.Html;

/// <summary>Which link targets a handout may carry: http, https, mailto and relative references only.</summary>
public static class LinkPolicy
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>True when <paramref name="target"/> is safe to put in an <c>href</c>.</summary>
    public static bool IsSafe(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var trimmed = target.Trim();
        if (trimmed.Length == 0) return false;
        // Browsers ignore tabs and newlines inside schemes ("java\nscript:"), so any control character is refused.
        if (trimmed.Any(char.IsControl) || trimmed.Any(char.IsWhiteSpace)) return false;
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme) return colon != 0;
        var scheme = trimmed[..colon];
        if (!SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)) return false;
        return scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase)
            ? trimmed.Length > colon + 1
            : Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Host.Length > 0;
    }
}
