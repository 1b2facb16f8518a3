using AcneBotox.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AcneBotox.Pdf.Rendering;

/// <summary>One <see cref="XFont"/> per face and size, all with Unicode encoding so every font gets a ToUnicode map.</summary>
internal sealed class FontCache
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly Dictionary<(FontKind, double), XFont> _fonts = [];

    /// <summary>The font for a face and size.</summary>
    public XFont Get(FontKind kind, double size)
    {
        if (_fonts.TryGetValue((kind, size), out var font)) return font;
        AtkinsonFontResolver.EnsureInstalled();
        var style = kind switch
        {
            FontKind.Bold => XFontStyleEx.Bold,
            FontKind.Italic => XFontStyleEx.Italic,
            FontKind.BoldItalic => XFontStyleEx.BoldItalic,
            _ => XFontStyleEx.Regular,
        };
        font = new XFont(AtkinsonFontResolver.FamilyName, size, style, Unicode);
        _fonts[(kind, size)] = font;
        return font;
    }
}
