using AcneBotox.Pdf.Layout;
using PdfSharp.Drawing;

namespace AcneBotox.Pdf.Rendering;

/// <summary>Measures text with the real embedded fonts (the same metrics PDFsharp draws with).</summary>
internal sealed class PdfTextMeasurer : ITextMeasurer, IDisposable
{
    private readonly XGraphics _graphics = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    private readonly Dictionary<(string, TextStyle), double> _widths = [];

    /// <summary>Creates a measurer over the given fonts.</summary>
    public PdfTextMeasurer(FontCache fonts) => Fonts = fonts;

    /// <summary>The fonts measured with.</summary>
    public FontCache Fonts { get; }

    /// <inheritdoc />
    public double Width(string text, TextStyle style)
    {
        if (text.Length == 0) return 0;
        if (_widths.TryGetValue((text, style), out var width)) return width;
        width = _graphics.MeasureString(text, Fonts.Get(style.Font, style.Size)).Width;
        _widths[(text, style)] = width;
        return width;
    }

    /// <inheritdoc />
    public void Dispose() => _graphics.Dispose();
}
