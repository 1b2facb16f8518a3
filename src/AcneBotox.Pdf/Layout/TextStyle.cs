using AcneBotox.Pdf.Fonts;

namespace AcneBotox.Pdf.Layout;

/// <summary>How a run of text looks: face, size in points and colour as 0xRRGGBB.</summary>
internal readonly record struct TextStyle(FontKind Font, double Size, uint Color, bool RightToLeft = false)
{
    /// <summary>The same style in bold (keeping italic).</summary>
    public TextStyle WithBold() => this with { Font = Font is FontKind.Italic or FontKind.BoldItalic ? FontKind.BoldItalic : FontKind.Bold };

    /// <summary>The same style in italic (keeping bold).</summary>
    public TextStyle WithItalic() => this with { Font = Font is FontKind.Bold or FontKind.BoldItalic ? FontKind.BoldItalic : FontKind.Italic };
}
