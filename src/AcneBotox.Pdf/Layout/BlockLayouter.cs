using AcneBotox.Core.Bidi;
using System.Collections.Immutable;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;
using AcneBotox.Core.Resources;
using AcneBotox.Pdf.Fonts;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// The measure phase: turns the document's blocks into slices with their structure elements, at the
/// column width. Nothing is drawn here, so the whole document is laid out before the first page exists.
/// </summary>
internal sealed class BlockLayouter(HandoutTheme theme, ITextMeasurer measurer, Func<Image, ImageResource?> loadImage,
    Func<string, string> clean, Action<string> note, PaperLinks? paperLinks = null, BaseDirection direction = BaseDirection.LeftToRight)
{
    /// <summary>How small a figure may be scaled to fit the rest of a page, as a share of its laid-out size.</summary>
    public const double FigureScaleFloor = 0.6;

    private readonly List<Slice> _slices = [];

    // Set while laying out text only paper shows (the "Links in this handout" list): its text is tagged Span.
    private bool _paperOnly;

    /// <summary>The slices laid out so far.</summary>
    public IReadOnlyList<Slice> Slices => _slices;

    private Frame Root => new(0, theme.BodyWidth, null, [], 0);

    /// <summary>The title block: the title as H1, then subtitle and summary.</summary>
    public void TitleBlock(TitleBlock title)
    {
        ArgumentNullException.ThrowIfNull(title);
        HeadingAt(ImmutableArray.Create<Inline>(new Text(title.Title)), 1, null, theme.Heading(1), Root);
        if (title.Subtitle is { } subtitle)
        {
            Paragraph(Runs([new Text(subtitle)], new TextStyle(FontKind.Regular, theme.Type.Subtitle, theme.Muted)), "P", Root);
        }
        if (title.Summary is { } summary)
        {
            if (title.Subtitle is not null) Gap(theme.ParagraphGap);
            Paragraph(Runs([new Text(summary)], theme.Body), "P", Root);
        }
    }

    /// <summary>Composed body blocks (the article, then the sources): heading levels are already final.</summary>
    public void Body(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var list = blocks.ToList();
        if (list.Count == 0) return;
        // The first block is spaced from the title block, and a later run (the sources after the article) from the
        // one before, as if they were one run: a first section heading gets the space above it that every section
        // heading gets, so it does not read as a subtitle. The space already under the title counts towards it,
        // as adjoining margins collapse in the HTML style sheet.
        var gapBefore = _slices.Count > 0 ? GapBefore(list[0]) - TrailingGap() : 0;
        if (gapBefore > 0) Gap(gapBefore, Root);
        Blocks(list, Root);
    }

    // The height of the empty slices (gaps) at the end of what is laid out so far.
    private double TrailingGap()
    {
        var gap = 0.0;
        for (var i = _slices.Count - 1; i >= 0 && _slices[i].Pieces.Count == 0; i--) gap += _slices[i].Height;
        return gap;
    }

    private double GapBefore(Block block) => block is Heading ? theme.Type.HeadingGapBefore * theme.SpacingScale : theme.ParagraphGap;

    /// <summary>
    /// The numbered "Links in this handout" list of the addresses paper cannot show after their links
    /// (<see cref="PaperLinks.Notes"/>): a section heading and a numbered list, tagged so that their text is a
    /// <c>Span</c> (printed for paper; on screen the links themselves work).
    /// </summary>
    public void LinkNotes(PaperLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var notes = links.Notes;
        if (notes.IsDefaultOrEmpty) return;
        _paperOnly = true;
        if (_slices.Count > 0) Gap(theme.Type.HeadingGapBefore * theme.SpacingScale);
        HeadingAt([new Text(theme.Labels.LinksInHandout)], 2, null, theme.Heading(2), Root);
        List([.. notes.Select(n => (ImmutableArray<Block>)[new Paragraph([new Text(n.Address)])])], notes[0].Note, Root);
        _paperOnly = false;
    }

    /// <summary>
    /// The end matter: a rule, then each line in the composition's order; the online-version line gets the QR code
    /// beside it. The end matter keeps with the last body block, so no page holds only end matter.
    /// </summary>
    public void EndMatter(IEnumerable<EndMatterLine> lines, string? onlineUrl = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var lastContent = _slices.FindLastIndex(slice => slice.Pieces.Count > 0);
        Gap(theme.ParagraphGap);
        _slices.Add(new Slice { Height = theme.ParagraphGap + 1, Pieces = [new RulePiece(0, theme.ParagraphGap / 2, theme.BodyWidth, 0.75, theme.Rule)] });
        var first = true;
        foreach (var line in lines)
        {
            if (!first) Gap(theme.ParagraphGap / 2);
            first = false;
            var style = line.Kind == EndMatterKind.Contact ? theme.EndMatter.WithBold() : theme.EndMatter;
            if (line.Kind == EndMatterKind.OnlineVersion && onlineUrl is not null) QrLine(line, onlineUrl, style);
            else Paragraph(Runs(line.Inlines, style), "P", Root);
        }
        for (var i = Math.Max(0, lastContent); i < _slices.Count - 1; i++) _slices[i].KeepWithNext = true;
    }

    // The QR code to the online version (a Figure with alt text), the line with its address beside it.
    private void QrLine(EndMatterLine line, string url, TextStyle style)
    {
        var size = HandoutTheme.QrSize;
        var gap = theme.BodySize;
        var figure = new StructNode("Figure", null) { AltText = clean(HandoutLabels.Fill(theme.Labels.QrCodeAlt, url)) };
        var text = new StructNode("P", null);
        var lineHeight = style.Size * theme.LineHeight;
        var lines = LineBreaker.Break(Runs(line.Inlines, style), theme.BodyWidth - size - gap, measurer);
        var height = Math.Max(size, lines.Count * lineHeight);
        var textTop = (height - lines.Count * lineHeight) / 2;
        _slices.Add(new Slice
        {
            Height = height,
            Pieces =
            [
                new QrPiece(figure, QrModules.For(url), 0, (height - size) / 2, size),
                new TextPiece(text, [.. lines.Select((l, i) => new PlacedLine(size + gap, textTop + i * lineHeight, lineHeight, l))]),
            ],
        });
    }

    private void Blocks(IEnumerable<Block> blocks, Frame frame)
    {
        var first = true;
        foreach (var block in blocks)
        {
            if (!first) Gap(GapBefore(block), frame);
            first = false;
            Block(block, frame);
        }
    }

    private void Block(Block block, Frame frame)
    {
        switch (block)
        {
            case Heading heading: HeadingAt(heading.Inlines, heading.Level + 1, heading.Id, theme.Heading(heading.Level + 1), frame); break;
            case Paragraph paragraph: Paragraph(Runs(paragraph.Inlines, theme.Body), "P", frame); break;
            case BulletList list: List(list.Items, null, frame); break;
            case OrderedList list: List(list.Items, list.Start, frame); break;
            case Callout callout: Callout(callout, frame); break;
            case Quote quote: Quote(quote, frame); break;
            case Image image: Picture(image, frame); break;
            case Table table: TableLayout.Layout(table, frame, theme, measurer, Runs, _slices, direction); break;
            case ThematicBreak: Rule(frame); break;
            default: throw new InvalidOperationException($"the PDF writer has no layout for {block.GetType().Name}");
        }
    }

    private List<StyledRun> Runs(IEnumerable<Inline> inlines, TextStyle style) =>
        InlineRuns.From(inlines, style, theme.LinkColor, clean, paperLinks, theme.Type);

    // The composition has fixed the level (no skips); the PDF tag is H1 for the title, H2 for top-level sections.
    private List<Slice> HeadingAt(ImmutableArray<Inline> inlines, int level, string? id, TextStyle style, Frame frame)
    {
        level = Math.Clamp(level, 1, 6);
        var text = ModelWalker.PlainText(inlines).Trim();
        var slices = Paragraph(Runs(inlines, style), "H" + level.ToString(System.Globalization.CultureInfo.InvariantCulture), frame, theme.Type.HeadingLineHeight);
        foreach (var slice in slices) slice.KeepWithNext = true;
        if (slices.Count > 0)
        {
            var index = _slices.IndexOf(slices[0]);
            _slices[index] = WithOutline(slices[0], new OutlineEntry(text, level, id));
        }
        Gap(theme.Type.HeadingGapAfter * theme.SpacingScale, frame);
        return slices;
    }

    private static Slice WithOutline(Slice slice, OutlineEntry entry) => new()
    {
        Height = slice.Height,
        Pieces = slice.Pieces,
        KeepWithNext = slice.KeepWithNext,
        Decorations = slice.Decorations,
        Outline = entry,
    };

    /// <summary>Lays out one paragraph-like element and returns its line slices.</summary>
    private List<Slice> Paragraph(List<StyledRun> runs, string tag, Frame frame, double lineHeight = 0)
    {
        var result = new List<Slice>();
        if (runs.All(r => string.IsNullOrWhiteSpace(r.Text))) return result;
        var node = new StructNode(tag, frame.Parent);
        if (_paperOnly) node = new StructNode("Span", node);
        var factor = lineHeight > 0 ? lineHeight : theme.LineHeight;
        var lines = LineBreaker.Break(runs, frame.Width, measurer);
        // Core decides the paragraph's direction; mixed text is put in visual order and RTL lines set from the right.
        var text = string.Concat(runs.Select(r => r.Text));
        var paragraphDirection = TextDirection.ForParagraph(text, direction);
        if (!BidiLines.NeedsNone(text, paragraphDirection)) lines = BidiLines.Arrange(lines, paragraphDirection, frame.Width, measurer);
        foreach (var line in lines)
        {
            var size = line.Fragments.Count == 0 ? runs[0].Style.Size : line.Fragments.Max(f => f.Style.Size);
            var height = size * factor;
            var slice = new Slice
            {
                Height = height,
                Pieces = [new TextPiece(node, [new PlacedLine(frame.X, 0, height, line)])],
                Decorations = frame.Decorations,
            };
            result.Add(slice);
            _slices.Add(slice);
        }
        // No orphans (a first line alone at the foot of a page) and no widows (a last line alone at the top).
        if (result.Count >= 2)
        {
            result[0].KeepWithNext = true;
            result[^2].KeepWithNext = true;
        }
        return result;
    }

    private void Gap(double height, Frame? frame = null)
    {
        var gap = Slice.Gap(height, frame?.Decorations);
        if (_slices.Count > 0 && _slices[^1].KeepWithNext) gap.KeepWithNext = true;
        _slices.Add(gap);
    }

    private void List(ImmutableArray<ImmutableArray<Block>> items, int? start, Frame frame)
    {
        // PDF/UA: every list says how it is numbered; nested bullets are second-level markers (Circle, as HTML's).
        var listNode = new StructNode("L", frame.Parent)
        {
            ListNumbering = start is not null ? "Decimal" : frame.ListDepth % 2 == 1 ? "Circle" : "Disc",
        };
        var labels = items.Select((_, i) => start is { } s ? $"{s + i}." : Bullet(frame.ListDepth)).ToList();
        var labelStyle = theme.Body;
        var labelWidth = start is null
            ? theme.BodySize * 1.3
            : labels.Max(l => measurer.Width(l, labelStyle)) + theme.BodySize * 0.6;
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0) Gap(theme.Type.ListItemGap, frame);
            var item = new StructNode("LI", listNode);
            var label = new StructNode("Lbl", item);
            var body = new StructNode("LBody", item);
            var firstSlice = _slices.Count;
            // In a right-to-left handout the marker sits at the right and the item's text indents from the right.
            var mirrored = direction == BaseDirection.RightToLeft;
            Blocks(items[i], new Frame(mirrored ? frame.X : frame.X + labelWidth, frame.Width - labelWidth, body, frame.Decorations, frame.ListDepth + 1));
            // An item of only empty or blank blocks places nothing: give the label a blank line of its own to sit on.
            if (!Enumerable.Range(firstSlice, _slices.Count - firstSlice).Any(n => _slices[n].Pieces.Count > 0))
                _slices.Add(new Slice { Height = theme.BodySize * theme.LineHeight, Decorations = frame.Decorations });
            var labelLine = LineBreaker.Break([new StyledRun(labels[i], labelStyle)], labelWidth, measurer)[0];
            var labelX = mirrored
                ? (start is null ? frame.X + frame.Width - labelLine.Width : frame.X + frame.Width - labelWidth + theme.BodySize * 0.45)
                : start is null ? frame.X : frame.X + labelWidth - theme.BodySize * 0.45 - labelLine.Width;
            var target = Enumerable.Range(firstSlice, _slices.Count - firstSlice).Where(n => _slices[n].Pieces.Count > 0).DefaultIfEmpty(_slices.Count - 1).First();
            var lineHeight = _slices[target].Pieces.OfType<TextPiece>().FirstOrDefault(p => p.Lines.Count > 0)?.Lines[0].Height ?? theme.BodySize * theme.LineHeight;
            _slices[target].Pieces = [new TextPiece(label, [new PlacedLine(labelX, 0, lineHeight, labelLine)]), .. _slices[target].Pieces];
        }
    }

    private static string Bullet(int depth) => (depth % 3) switch
    {
        0 => "\u2022",
        1 => "\u2013",
        _ => "\u2022",
    };

    private void Callout(Callout callout, Frame frame)
    {
        var padding = theme.Type.BoxPadding;
        var warning = callout.Kind == CalloutKind.Warning;
        var decoration = new Decoration(frame.X, frame.Width, warning ? theme.WarningFill : theme.BoxFill,
            warning ? theme.WarningBorder : theme.Decoration, BarOnly: false);
        var node = new StructNode(callout.Kind == CalloutKind.KeyPoints ? "Sect" : "Div", frame.Parent);
        var inner = new Frame(frame.X + padding, frame.Width - 2 * padding, node, [.. frame.Decorations, decoration], frame.ListDepth);
        Gap(padding, inner);
        var titleStyle = new TextStyle(FontKind.Bold, theme.Type.CalloutTitle, warning ? theme.WarningTitle : theme.HeadingColor);
        var title = ImmutableArray.Create<Inline>(new Text(callout.Title ?? ""));
        // The key-points title is a section-level heading (H2) in every format; other callout titles are paragraphs.
        var titleSlices = callout.Kind == CalloutKind.KeyPoints
            ? HeadingAt(title, 2, null, titleStyle, inner)
            : Paragraph(Runs(title, titleStyle), "P", inner);
        foreach (var slice in titleSlices) slice.KeepWithNext = true;
        if (callout.Kind != CalloutKind.KeyPoints) Gap(theme.Type.CaptionGap, inner);
        Blocks(callout.Blocks, inner);
        Gap(padding, inner);
    }

    private void Quote(Quote quote, Frame frame)
    {
        var indent = theme.BodySize * 1.2;
        const double bar = 3;
        // In a right-to-left handout the bar sits at the right and the quote indents from the right, as in HTML and Word.
        var mirrored = direction == BaseDirection.RightToLeft;
        var decoration = new Decoration(mirrored ? frame.X + frame.Width - bar : frame.X, bar, theme.Decoration, null, BarOnly: true);
        var node = new StructNode("BlockQuote", frame.Parent);
        Blocks(quote.Blocks, new Frame(mirrored ? frame.X : frame.X + indent, frame.Width - indent, node, [.. frame.Decorations, decoration], frame.ListDepth));
    }

    private void Picture(Image image, Frame frame)
    {
        var resource = loadImage(image);
        var alt = string.IsNullOrWhiteSpace(image.AltText) ? null : clean(image.AltText.Trim());
        StructNode? figure = null;
        if (resource is null)
        {
            // The picture could not be included: say what it showed rather than leave a silent hole.
            Paragraph(Runs([new Text(theme.Labels.MissingImageText(alt))], theme.Body), "P", frame);
        }
        else
        {
            var natural = resource.PixelWidth * 0.75;
            var width = Math.Min(frame.Width, natural);
            var height = width * resource.PixelHeight / resource.PixelWidth;
            var maxHeight = theme.BodyHeight * 0.75;
            if (height > maxHeight)
            {
                width *= maxHeight / height;
                height = maxHeight;
            }
            if (width < natural * 0.995)
                note(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"image '{image.Source}' is printed at {width / natural:P0} of its size (96 dpi) to fit the page; HTML scales it to the screen"));
            var node = figure = new StructNode("Figure", frame.Parent) { AltText = alt ?? image.Source };
            _slices.Add(new Slice
            {
                Height = height,
                Pieces = [new ImagePiece(node, resource, frame.X, 0, width, height)],
                Decorations = frame.Decorations,
                KeepWithNext = !image.Caption.IsDefaultOrEmpty,
                MinHeight = height * FigureScaleFloor,
            });
        }
        if (!image.Caption.IsDefaultOrEmpty)
        {
            Gap(theme.Type.CaptionGap, frame);
            // PDF/UA: the caption belongs to its figure; without a picture it is an ordinary paragraph.
            var captionFrame = figure is null ? frame : frame with { Parent = figure };
            Paragraph(Runs(image.Caption, theme.Caption), figure is null ? "P" : "Caption", captionFrame);
        }
    }

    private void Rule(Frame frame)
    {
        var height = theme.ParagraphGap * 2;
        _slices.Add(new Slice
        {
            Height = height,
            Pieces = [new RulePiece(frame.X, height / 2, frame.Width, 0.75, theme.Rule)],
            Decorations = frame.Decorations,
        });
    }
}
