namespace AcneBotox.Core.Readers.Markdown;

/// <summary>How raw HTML elements are treated: a safe subset becomes model nodes, the rest never passes through.</summary>
internal static class HtmlElements
{
    /// <summary>Dropped together with their content (code, embedded objects, forms, metadata).</summary>
    private static readonly HashSet<string> Dangerous = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "template", "noscript",
        "svg", "math", "form", "input", "button", "select", "textarea", "option", "link", "meta", "base",
        "head", "title", "canvas", "audio", "video", "source", "track", "param", "dialog", "portal", "xmp", "plaintext", "noembed", "noframes",
    };

    /// <summary>Elements that start a new block when unwrapped (their inline content becomes a paragraph).</summary>
    private static readonly HashSet<string> BlockLike = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "dl", "dt", "dd", "pre", "address", "details", "summary",
        "hr", "center", "body", "html", "fieldset", "legend", "hgroup",
    };

    /// <summary>Void elements, which have no closing tag in inline Markdown HTML.</summary>
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "img", "hr", "wbr", "input", "meta", "link", "base", "area", "col", "embed", "param", "source", "track",
    };

    public static bool IsDangerous(string name) => Dangerous.Contains(name);

    public static bool IsBlockLike(string name) => BlockLike.Contains(name) || HeadingLevel(name) > 0 || name is "p" or "ul" or "ol" or "li";

    public static bool IsVoid(string name) => Void.Contains(name);

    /// <summary>1-6 for h1-h6, else 0.</summary>
    public static int HeadingLevel(string name) =>
        name.Length == 2 && name[0] is 'h' or 'H' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;
}
