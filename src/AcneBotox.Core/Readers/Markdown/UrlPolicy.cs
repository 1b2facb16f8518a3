namespace AcneBotox.Core.Readers.Markdown;

/// <summary>Which link targets and image sources may reach a handout.</summary>
internal static class UrlPolicy
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>The scheme of <paramref name="url"/> as a browser would see it (controls and spaces ignored), lower case; empty for none.</summary>
    public static string Scheme(string url)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var ch in url)
        {
            if (ch == ':') return letters.ToString().ToLowerInvariant();
            if (ch is '/' or '?' or '#') break;
            if (char.IsWhiteSpace(ch) || char.IsControl(ch)) continue;
            letters.Append(ch);
        }
        return "";
    }

    /// <summary>True for http, https, mailto and tel links and in-document <c>#anchors</c>.</summary>
    public static bool IsSafeLink(string url) =>
        url.StartsWith('#') || LinkSchemes.Contains(Scheme(url), StringComparer.Ordinal);

    /// <summary>True for http(s) images, relative paths under the content folder and embedded raster data URIs.</summary>
    public static bool IsSafeImage(string url)
    {
        var scheme = Scheme(url);
        if (scheme.Length == 0) return url.Trim().Length > 0 && !url.TrimStart().StartsWith("//", StringComparison.Ordinal);
        if (scheme is "http" or "https") return true;
        return scheme == "data" && (url.StartsWith("data:image/png", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("data:image/jpeg", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("data:image/gif", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("data:image/webp", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Why a link was refused, for the warning.</summary>
    public static string RefusedLinkReason(string url) =>
        Scheme(url) == "javascript" ? "a javascript: link" : $"a link to \"{Shorten(url)}\" (only http, https, mailto, tel and #anchor links are kept)";

    /// <summary>Cuts long URLs (data URIs, attacks) for messages.</summary>
    public static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "...";
}
