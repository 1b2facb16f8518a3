using System.Globalization;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Look;
using AcneBotox.Pdf.Fonts;
using AcneBotox.Pdf.Glyphs;
using AcneBotox.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// The draw phase: paints laid-out pages with PDFsharp, tagging every piece with its structure element and
/// everything else (header band, footer, boxes, rules) as an artifact.
/// </summary>
internal sealed class HandoutRenderer(HandoutTheme theme, GlyphLayout glyphs, Func<string, string> clean, PageFurniture furniture, string timestamp)
{
    private GlyphPainter? _painter;
    private readonly Dictionary<string, (int Page, double Top)> _anchors = new(StringComparer.Ordinal);
    private readonly PrintImages _images = new();
    private int _links;
    private ParentTreeCompactor? _parentTree;

    /// <summary>Draws <paramref name="pages"/> into <paramref name="document"/>, whose UA manager must already exist.</summary>
    public void Render(PdfDocument document, IReadOnlyList<PageLayout> pages)
    {
        var builder = UAManager.ForDocument(document).StructureBuilder;
        _parentTree = new ParentTreeCompactor(document);
        var stack = new StructureStack(builder);
        _painter = new GlyphPainter(document, glyphs);
        CollectAnchors(pages);
        var outlines = new List<(int Level, PdfOutline Outline)>();
        for (var p = 0; p < pages.Count; p++)
        {
            _parentTree.PageDone();
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(theme.PageWidth);
            page.Height = XUnit.FromPoint(theme.PageHeight);
            var gfx = XGraphics.FromPdfPage(page);
            try
            {
                Artifact(builder, () => Furniture(gfx, page, p + 1, pages.Count));
                Artifact(builder, () => Decorations(gfx, pages[p]));
                foreach (var placed in pages[p].Slices)
                {
                    var top = theme.Margin + placed.Top;
                    if (placed.Slice.Outline is { } entry) AddOutline(document, outlines, entry, page, theme.PageHeight - top);
                    foreach (var piece in placed.Slice.Pieces)
                    {
                        if (piece.Node is null || placed.IsRepeat) Artifact(builder, () => Draw(gfx, page, builder, piece, top, false));
                        else
                        {
                            stack.Enter(piece.Node, Bounds(piece, top));
                            Draw(gfx, page, builder, piece, top, true);
                        }
                    }
                }
                if (p == pages.Count - 1) stack.CloseAll();
                builder.EndMarkedContentsWithId();
            }
            finally
            {
                gfx.Dispose();
            }
        }
        _parentTree.PageDone();
        _painter.Complete();
    }

    private void CollectAnchors(IReadOnlyList<PageLayout> pages)
    {
        for (var p = 0; p < pages.Count; p++)
            foreach (var placed in pages[p].Slices)
                if (placed.Slice.Outline is { Anchor: { } anchor })
                    _anchors.TryAdd(anchor, (p + 1, placed.Top));
    }

    private static void AddOutline(PdfDocument document, List<(int Level, PdfOutline Outline)> open, OutlineEntry entry, PdfPage page, double pdfTop)
    {
        while (open.Count > 0 && open[^1].Level >= entry.Level) open.RemoveAt(open.Count - 1);
        var collection = open.Count == 0 ? document.Outlines : open[^1].Outline.Outlines;
        var outline = collection.Add(entry.Title, page, true);
        outline.PageDestinationType = PdfPageDestinationType.Xyz;
        outline.Top = pdfTop;
        open.Add((entry.Level, outline));
    }

    private static void Artifact(StructureBuilder builder, Action draw)
    {
        builder.BeginArtifact();
        draw();
        builder.End();
    }

    // An illustration's bounding box in PDF page coordinates (origin at the bottom left, y upwards), as /BBox wants it.
    private XRect Bounds(Piece piece, double top) => piece switch
    {
        ImagePiece image => PageBox(theme.Margin + image.X, top + image.Top, image.Width, image.Height),
        QrPiece qr => PageBox(theme.Margin + qr.X, top + qr.Top, qr.Size, qr.Size),
        _ => new XRect(theme.Margin, theme.PageHeight - top, theme.BodyWidth, 0),
    };

    private XRect PageBox(double x, double top, double width, double height) => new(x, theme.PageHeight - top - height, width, height);

    // The running header (organization over a brand-colour rule) and footer (review line, "Page X of Y").
    private void Furniture(XGraphics gfx, PdfPage page, int pageNumber, int pageCount)
    {
        var bandStyle = new TextStyle(FontKind.Bold, theme.Type.Organization, theme.HeadingColor);
        var bandBaseline = theme.Margin * 0.55;
        _painter!.Draw(gfx, page, clean(furniture.Header), bandStyle, theme.Margin, bandBaseline);
        gfx.DrawRectangle(new XSolidBrush(Color(theme.Decoration)), theme.Margin, bandBaseline + bandStyle.Size * 0.45, theme.BodyWidth, 2);

        var footer = theme.PageFooter;
        var baseline = theme.PageHeight - theme.Margin * 0.5;
        var reviewLine = clean(furniture.ReviewLine);
        var pageText = clean(furniture.PageText(pageNumber, pageCount));
        var reviewWidth = glyphs.Width(reviewLine, footer.Font, footer.Size);
        var pageWidth = glyphs.Width(pageText, footer.Font, footer.Size);
        // Large print may not fit the review line and the page number side by side: the review line goes above.
        var together = reviewWidth + pageWidth + footer.Size <= theme.BodyWidth;
        var reviewBaseline = together ? baseline : baseline - footer.Size * 1.15;
        var ruleY = reviewBaseline - footer.Size * 1.25;
        gfx.DrawLine(new XPen(Color(theme.Rule), 0.5), theme.Margin, ruleY, theme.Margin + theme.BodyWidth, ruleY);
        _painter.Draw(gfx, page, reviewLine, footer, theme.Margin, reviewBaseline);
        _painter.Draw(gfx, page, pageText, footer, theme.Margin + theme.BodyWidth - pageWidth, baseline);
    }

    private void Decorations(XGraphics gfx, PageLayout page)
    {
        var extents = new Dictionary<Decoration, (double Top, double Bottom)>(ReferenceEqualityComparer.Instance);
        var order = new List<Decoration>();
        foreach (var placed in page.Slices)
            foreach (var decoration in placed.Slice.Decorations)
            {
                var bottom = placed.Top + placed.Slice.Height;
                if (extents.TryGetValue(decoration, out var extent)) extents[decoration] = (extent.Top, Math.Max(extent.Bottom, bottom));
                else
                {
                    extents[decoration] = (placed.Top, bottom);
                    order.Add(decoration);
                }
            }
        foreach (var decoration in order)
        {
            var (top, bottom) = extents[decoration];
            var rect = new XRect(theme.Margin + decoration.X, theme.Margin + top, decoration.Width, bottom - top);
            var brush = decoration.Fill is { } fill ? new XSolidBrush(Color(fill)) : null;
            var pen = decoration.Stroke is { } stroke ? new XPen(Color(stroke), 1) : null;
            if (pen is not null && brush is not null) gfx.DrawRectangle(pen, brush, rect);
            else if (brush is not null) gfx.DrawRectangle(brush, rect);
            else if (pen is not null) gfx.DrawRectangle(pen, rect);
        }
    }

    private void Draw(XGraphics gfx, PdfPage page, StructureBuilder builder, Piece piece, double top, bool tagged)
    {
        switch (piece)
        {
            case TextPiece text:
                foreach (var line in text.Lines) DrawLine(gfx, page, builder, line, top, tagged);
                break;
            case ImagePiece image:
                gfx.DrawImage(_images.For(image.Image), theme.Margin + image.X, top + image.Top, image.Width, image.Height);
                break;
            case QrPiece qr:
                DrawQr(gfx, qr, theme.Margin + qr.X, top + qr.Top);
                break;
            case RulePiece rule:
                gfx.DrawRectangle(new XSolidBrush(Color(rule.Color)), theme.Margin + rule.X, top + rule.Top, rule.Width, rule.Thickness);
                break;
            case BoxPiece box:
                var rect = new XRect(theme.Margin + box.X, top + box.Top, box.Width, box.Height);
                if (box.Fill is { } fill) gfx.DrawRectangle(new XSolidBrush(Color(fill)), rect);
                if (box.Stroke is { } stroke) gfx.DrawRectangle(new XPen(Color(stroke), 0.5), rect);
                break;
            default:
                break;
        }
    }

    // Dark modules as filled squares, one rectangle per horizontal run; a white backing keeps the quiet zone white.
    private static void DrawQr(XGraphics gfx, QrPiece qr, double x, double y)
    {
        var rows = qr.Dark.Count;
        var module = qr.Size / rows;
        gfx.DrawRectangle(XBrushes.White, x, y, qr.Size, qr.Size);
        for (var r = 0; r < rows; r++)
        {
            var row = qr.Dark[r];
            for (var c = 0; c < row.Length;)
            {
                if (!row[c]) { c++; continue; }
                var start = c;
                while (c < row.Length && row[c]) c++;
                gfx.DrawRectangle(XBrushes.Black, x + start * module, y + r * module, (c - start) * module, module);
            }
        }
    }

    private void DrawLine(XGraphics gfx, PdfPage page, StructureBuilder builder, PlacedLine line, double top, bool tagged)
    {
        var underlines = new List<(XRect Rect, uint Color)>();
        // Plain pieces (no link, not for paper) that follow each other are drawn together, in logical order, so a
        // right-to-left line's text object reads as written (GlyphPainter); a link or printed address is its own element.
        var plain = new List<GlyphPiece>();
        void Flush()
        {
            if (plain.Count > 0) _painter!.Draw(gfx, page, plain);
            plain.Clear();
        }
        foreach (var fragment in line.Line.Fragments)
        {
            if (fragment.Text.Length == 0) continue;
            var face = glyphs.Chain.Primary(fragment.Style.Font);
            var size = fragment.Style.Size;
            var ascent = face.Ascent / face.UnitsPerEm;
            var descent = face.Descent / face.UnitsPerEm;
            var lineTop = top + line.Top;
            var baseline = lineTop + (line.Height - size * (ascent + descent)) / 2 + size * ascent;
            var x = theme.Margin + line.X + fragment.X;
            // Links are underlined: colour alone does not tell them from the text around them (WCAG 1.4.1).
            if (fragment.LinkTarget is not null && fragment.Width > 0)
                underlines.Add((new XRect(x, baseline + size * 0.12, fragment.Width, Math.Max(0.5, size * 0.06)), fragment.Style.Color));
            var piece = new GlyphPiece(fragment.Text, fragment.Style, x, baseline);
            // A printed link address is text for paper only: its own Span, so tools can tell it from the article.
            var span = tagged && fragment.PaperOnly;
            if (!(tagged && fragment.LinkTarget is not null) && !span)
            {
                plain.Add(piece);
                continue;
            }
            Flush();
            var annotation = tagged && fragment.LinkTarget is { } target ? LinkAnnotation(target, x, lineTop, fragment.Width, line.Height) : null;
            if (annotation is not null)
            {
                builder.BeginElement(annotation, Describe(fragment));
                _parentTree!.LinkAdded();
            }
            if (span) builder.BeginInlineLevelElement("Span");
            _painter!.Draw(gfx, page, [piece]);
            if (span) builder.End();
            if (annotation is not null) builder.End();
        }
        Flush();
        if (underlines.Count == 0) return;
        void Draw()
        {
            foreach (var (rect, color) in underlines) gfx.DrawRectangle(new XSolidBrush(Color(color)), rect);
        }
        if (tagged) Artifact(builder, Draw);
        else Draw();
    }

    private string Describe(LineFragment fragment)
    {
        var target = fragment.LinkTarget ?? "";
        var text = fragment.Text.Trim();
        return target.StartsWith('#') ? HandoutLabels.Fill(theme.Labels.SectionLink, text) : $"{text} ({target})";
    }

    private PdfLinkAnnotation? LinkAnnotation(string target, double x, double top, double width, double height)
    {
        var rect = new PdfRectangle(new XPoint(x, theme.PageHeight - top - height), new XPoint(x + width, theme.PageHeight - top));
        PdfLinkAnnotation annotation;
        if (target.StartsWith('#'))
        {
            if (!_anchors.TryGetValue(target[1..], out var destination)) return null;
            // The heading's own position on its page (left margin, top of its line), not just the page.
            annotation = PdfLinkAnnotation.CreateDocumentLink(rect, destination.Page, new XPoint(theme.Margin, theme.PageHeight - theme.Margin - destination.Top));
        }
        else annotation = PdfLinkAnnotation.CreateWebLink(rect, target);
        // Pinned instead of PDFsharp's random name and clock time, so two runs give the same bytes.
        _links++;
        annotation.Elements.SetString(PdfAnnotation.Keys.NM, string.Create(CultureInfo.InvariantCulture, $"link-{_links}"));
        annotation.Elements.SetString(PdfAnnotation.Keys.M, timestamp);
        return annotation;
    }

    private static XColor Color(uint rgb) => XColor.FromArgb((int)((rgb >> 16) & 0xFF), (int)((rgb >> 8) & 0xFF), (int)(rgb & 0xFF));
}
