using System.Globalization;
using System.Text;
using AcneBotox.Core.Bidi;
using AcneBotox.Pdf.Glyphs;
using AcneBotox.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// Draws shaped text as glyph ids into a page's content stream, through fonts it embeds itself
/// (<see cref="EmbeddedGlyphFont"/>). PDFsharp's own text drawing maps characters to glyphs one to one and so
/// cannot draw ligatures, kerning or joined scripts; this writes the text operators directly, between the
/// marked-content operators PDFsharp's structure builder writes, so tagging stays as it is.
/// </summary>
internal sealed class GlyphPainter(PdfDocument document, GlyphLayout layout)
{
    private static readonly XPen OpenMarkedContent = new(XColor.FromArgb(0, 0, 0, 0), 0);
    private readonly Dictionary<FontFace, EmbeddedGlyphFont> _fonts = [];
    private readonly HashSet<EmbeddedGlyphFont> _onResourcesPage = [];
    private PdfPage? _resourcesPage;

    /// <summary>The glyph layout that shapes what is drawn.</summary>
    public GlyphLayout Layout { get; } = layout;

    /// <summary>Draws <paramref name="text"/> with its left end at <paramref name="x"/> on the baseline <paramref name="baseline"/> (both from the page's top left).</summary>
    public void Draw(XGraphics gfx, PdfPage page, string text, TextStyle style, double x, double baseline)
    {
        if (text.Length == 0) return;
        if (style.RightToLeft || TextDirection.HasRightToLeft(text))
        {
            Draw(gfx, page, [new GlyphPiece(text, style, x, baseline)]);
            return;
        }
        // PDFsharp's structure builder opens the pending marked-content sequence (BDC with its MCID) on its next
        // drawing call; an empty, transparent line is that call, so the glyphs land inside their tag.
        gfx.DrawLine(OpenMarkedContent, x, baseline, x, baseline);
        var content = gfx.Internals.ContentStringBuilder ?? throw new InvalidOperationException("the page has no PDF content stream to draw into");
        var y = page.Height.Point - baseline;
        content.Append("q ").FillColor(style.Color).Append(" BT\n");
        var pen = x;
        foreach (var run in Layout.Shape(text, style.Font, style.RightToLeft))
        {
            var font = FontFor(page, run.Face);
            content.Append(font.ResourceName).Append(' ').Number(style.Size).Append(" Tf\n");
            pen = DrawRun(content, font, run, style.Size, pen, y);
        }
        content.Append("ET Q\n");
    }

    /// <summary>
    /// Draws the pieces of one line (in logical order, each at its place) as one text object. Pieces with right-to-left
    /// text go out in logical order with the aids <see cref="LineGlyphs"/> describes; other pieces are drawn one by one.
    /// </summary>
    public void Draw(XGraphics gfx, PdfPage page, IReadOnlyList<GlyphPiece> pieces)
    {
        if (!pieces.Any(p => p.Style.RightToLeft || TextDirection.HasRightToLeft(p.Text)))
        {
            foreach (var piece in pieces) Draw(gfx, page, piece.Text, piece.Style, piece.X, piece.Baseline);
            return;
        }
        var glyphs = LineGlyphs.Place(Layout, pieces);
        if (glyphs.Count == 0) return;
        gfx.DrawLine(OpenMarkedContent, pieces[0].X, pieces[0].Baseline, pieces[0].X, pieces[0].Baseline);
        var content = gfx.Internals.ContentStringBuilder ?? throw new InvalidOperationException("the page has no PDF content stream to draw into");
        var spans = LineGlyphs.ReplacementSpans(glyphs);
        content.Append("q BT\n");
        EmbeddedGlyphFont? font = null;
        var size = 0.0;
        uint? color = null;
        var open = false;
        PlacedGlyph? previous = null;
        var span = 0;
        var inSpan = false;
        void Close()
        {
            if (open) content.Append("] TJ\n");
            open = false;
        }
        for (var i = 0; i < glyphs.Count; i++)
        {
            var glyph = glyphs[i];
            if (span < spans.Count && spans[span].Start == i)
            {
                Close();
                content.Append("/Span <</ActualText ").Append(TextString(spans[span].Text)).Append(">> BDC\n");
                inSpan = true;
            }
            if (color != glyph.Color)
            {
                Close();
                content.FillColor(glyph.Color).Append('\n');
                color = glyph.Color;
            }
            var face = FontFor(page, glyph.Face);
            if (face != font || size != glyph.Size)
            {
                Close();
                content.Append(face.ResourceName).Append(' ').Number(glyph.Size).Append(" Tf\n");
                (font, size) = (face, glyph.Size);
            }
            // A glyph that already stands for other text gets this text as its own replacement, unless a stretch's covers it.
            var ownText = !face.Use(glyph.Glyph, glyph.Text) && !inSpan;
            var alone = ownText || glyph.Shifted || glyph.Invisible;
            var y = page.Height.Point - glyph.Baseline;
            if (alone || !open || previous is null || previous.Baseline != glyph.Baseline)
            {
                Close();
                if (ownText) content.Append("/Span <</ActualText ").Append(TextString(glyph.Text)).Append(">> BDC\n");
                if (glyph.Invisible) content.Append("3 Tr ").Append(LineGlyphs.InvisibleLetterScaling).Append(" Tz\n");
                content.TextOrigin(glyph.X, y).Append(" [");
                open = true;
            }
            else
            {
                // From where the previous glyph's own advance left the pen to this glyph's origin (left, in a
                // right-to-left stretch written in logical order), in thousandths of the font size.
                var adjust = (previous.X + previous.Face.Advance(previous.Glyph) * previous.Size / previous.Face.UnitsPerEm - glyph.X) * 1000.0 / glyph.Size;
                if (Math.Abs(adjust) > 0.0005) content.Append(' ').Number(adjust).Append(' ');
            }
            content.GlyphId(glyph.Glyph);
            if (alone)
            {
                Close();
                if (glyph.Invisible) content.Append("0 Tr 100 Tz\n");
                if (ownText) content.Append("EMC\n");
            }
            previous = glyph;
            if (inSpan && i == spans[span].End - 1)
            {
                Close();
                content.Append("EMC\n");
                inSpan = false;
                span++;
            }
        }
        Close();
        content.Append("ET Q\n");
    }

    /// <summary>Writes every embedded font's program, widths and ToUnicode map; call once, after the last page.</summary>
    public void Complete()
    {
        foreach (var font in _fonts.Values) font.Complete();
    }

    private EmbeddedGlyphFont FontFor(PdfPage page, FontFace face)
    {
        if (!_fonts.TryGetValue(face, out var font))
        {
            font = new EmbeddedGlyphFont(document, face, Invariant($"/AbxG{_fonts.Count}"));
            _fonts[face] = font;
        }
        // Every run asks; the page's resource dictionary is looked into only the first time a face is drawn on it.
        if (!ReferenceEquals(page, _resourcesPage))
        {
            _resourcesPage = page;
            _onResourcesPage.Clear();
        }
        if (!_onResourcesPage.Add(font)) return font;
        var resources = page.Resources.Elements.GetDictionary("/Font");
        if (resources is null)
        {
            resources = new PdfDictionary(document);
            page.Resources.Elements["/Font"] = resources;
        }
        if (!resources.Elements.ContainsKey(font.ResourceName)) resources.Elements.SetReference(font.ResourceName, font.Dictionary);
        return font;
    }

    // Glyphs go out in TJ arrays whose numbers turn the font's own advances into the shaped ones; a glyph moved up
    // or down (a mark) gets its own text matrix. Returns the pen position after the run.
    private static double DrawRun(StringBuilder content, EmbeddedGlyphFont font, ShapedRun run, double size, double pen, double y)
    {
        var scale = size / run.Face.UnitsPerEm;
        var clusters = run.ClusterTexts;
        var glyphs = run.Glyphs;
        var open = false;
        for (var i = 0; i < glyphs.Count; i++)
        {
            var glyph = glyphs[i];
            var text = clusters[i];
            var mapped = font.Use(glyph.Glyph, text);
            var shifted = glyph.OffsetY != 0 || glyph.OffsetX != 0;
            if (!mapped || shifted || !open)
            {
                if (open) content.Append("] TJ\n");
                if (!mapped) content.Append("/Span <</ActualText ").Append(TextString(text)).Append(">> BDC\n");
                content.TextOrigin(pen + glyph.OffsetX * scale, y + glyph.OffsetY * scale).Append(" [");
                open = true;
            }
            content.GlyphId(glyph.Glyph);
            var adjust = (run.Face.Advance(glyph.Glyph) - glyph.Advance) * 1000.0 / run.Face.UnitsPerEm;
            if (Math.Abs(adjust) > 0.0005) content.Append(' ').Number(adjust).Append(' ');
            pen += glyph.Advance * scale;
            if (!mapped || shifted)
            {
                content.Append("] TJ\n");
                open = false;
                if (!mapped) content.Append("EMC\n");
            }
        }
        if (open) content.Append("] TJ\n");
        return pen;
    }

    private static string TextString(string text) => $"<FEFF{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
