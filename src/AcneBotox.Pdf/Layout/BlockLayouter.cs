using System.Collections.Immutable;
using AcneBotox.Core.Model;
using AcneBotox.Core.Resources;
using AcneBotox.Pdf.Fonts;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// The measure phase: turns the document's blocks into slices with their structure elements, at the
/// column width. Nothing is drawn here, so the whole document is laid out before the first page exists.
/// </summary>
internal sealed class BlockLayouter(HandoutTheme theme, ITextMeasurer measurer, Func<Image, ImageResource?> loadImage,
    Func<string, string> clean, Action<string> warn)
{
    private readonly List<Slice> _slices = [];
    private int _lastHeadingLevel = 1;

    /// <summary>The slices laid out so far.</summary>
    public IReadOnlyList<Slice> Slices => _slices;

    private Frame Root => new(0, theme.BodyWidth, null, [], 0);

    /// <summary>The title block: the title as H1, then subtitle and summary.</summary>
    public void TitleBlock(string title, string? subtitle, string? summary)
    {
        Heading(ImmutableArray.Create<Inline>(new Text(title)), 1, null, Root);
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            Paragraph(InlineRuns.From([new Text(subtitle)], new TextStyle(FontKind.Regular, theme.BodySize * 1.15, theme.Muted), theme.Brand, clean), "P", Root);
            Gap(theme.ParagraphGap);
        }
        if (!string.IsNullOrWhiteSpace(summary))
        {
            Paragraph(InlineRuns.From([new Text(summary)], theme.Body.WithItalic(), theme.Brand, clean), "P", Root);
            Gap(theme.ParagraphGap);
        }
    }

    /// <summary>The document's body blocks.</summary>
    public void Body(IEnumerable<Block> blocks) => Blocks(blocks, Root);

    /// <summary>The closing notes: a rule, the disclaimer and the contact line.</summary>
    public void Closing(string disclaimer, string? contact)
    {
        Gap(theme.ParagraphGap);
        _slices.Add(new Slice { Height = theme.ParagraphGap + 1, Pieces = [new RulePiece(0, theme.ParagraphGap / 2, theme.BodyWidth, 0.75, theme.Muted)] });
        var style = new TextStyle(FontKind.Regular, Math.Max(12, theme.BodySize * 0.85), theme.Ink);
        Paragraph(InlineRuns.From([new Text(disclaimer)], style, theme.Brand, clean), "P", Root);
        if (!string.IsNullOrWhiteSpace(contact))
        {
            Gap(theme.ParagraphGap / 2);
            Paragraph(InlineRuns.From([new Text(contact)], style.WithBold(), theme.Brand, clean), "P", Root);
        }
    }

    private void Blocks(IEnumerable<Block> blocks, Frame frame)
    {
        var first = true;
        foreach (var block in blocks)
        {
            if (!first) Gap(block is Heading ? theme.BodySize * 0.9 : theme.ParagraphGap, frame);
            first = false;
            Block(block, frame);
        }
    }

    private void Block(Block block, Frame frame)
    {
        switch (block)
        {
            case Heading heading: Heading(heading.Inlines, heading.Level + 1, heading.Id, frame); break;
            case Paragraph paragraph: Paragraph(Runs(paragraph.Inlines, theme.Body), "P", frame); break;
            case BulletList list: List(list.Items, null, frame); break;
            case OrderedList list: List(list.Items, list.Start, frame); break;
            case Callout callout: Callout(callout, frame); break;
            case Quote quote: Quote(quote, frame); break;
            case Image image: Picture(image, frame); break;
            case Table table: TableLayout.Layout(table, frame, theme, measurer, Runs, _slices); break;
            case ThematicBreak: Rule(frame); break;
            default: warn($"a {block.GetType().Name} block is not supported by the PDF writer and was left out"); break;
        }
    }

    private List<StyledRun> Runs(IEnumerable<Inline> inlines, TextStyle style) => InlineRuns.From(inlines, style, theme.Brand, clean);

    private void Heading(ImmutableArray<Inline> inlines, int requestedLevel, string? id, Frame frame)
    {
        // PDF/UA forbids skipped levels: a level may go at most one deeper than the one before.
        var level = requestedLevel <= 1 ? 1 : Math.Clamp(requestedLevel, 2, Math.Max(2, _lastHeadingLevel + 1));
        level = Math.Min(level, 6);
        _lastHeadingLevel = level;
        var text = ModelWalker.PlainText(inlines).Trim();
        var slices = Paragraph(Runs(inlines, theme.Heading(level)), "H" + level, frame, 1.2);
        foreach (var slice in slices) slice.KeepWithNext = true;
        if (slices.Count > 0)
        {
            var index = _slices.IndexOf(slices[0]);
            _slices[index] = WithOutline(slices[0], new OutlineEntry(text, level, id));
        }
        Gap(theme.BodySize * 0.35, frame);
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
        var factor = lineHeight > 0 ? lineHeight : theme.LineHeight;
        foreach (var line in LineBreaker.Break(runs, frame.Width, measurer))
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
        var listNode = new StructNode("L", frame.Parent);
        var labels = items.Select((_, i) => start is { } s ? $"{s + i}." : Bullet(frame.ListDepth)).ToList();
        var labelStyle = theme.Body;
        var labelWidth = start is null
            ? theme.BodySize * 1.3
            : labels.Max(l => measurer.Width(l, labelStyle)) + theme.BodySize * 0.6;
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0) Gap(theme.BodySize * 0.25, frame);
            var item = new StructNode("LI", listNode);
            var label = new StructNode("Lbl", item);
            var body = new StructNode("LBody", item);
            var firstSlice = _slices.Count;
            Blocks(items[i], new Frame(frame.X + labelWidth, frame.Width - labelWidth, body, frame.Decorations, frame.ListDepth + 1));
            // An item of only empty or blank blocks places nothing: give the label a blank line of its own to sit on.
            if (!Enumerable.Range(firstSlice, _slices.Count - firstSlice).Any(n => _slices[n].Pieces.Count > 0))
                _slices.Add(new Slice { Height = theme.BodySize * theme.LineHeight, Decorations = frame.Decorations });
            var labelLine = LineBreaker.Break([new StyledRun(labels[i], labelStyle)], labelWidth, measurer)[0];
            var labelX = start is null ? frame.X : frame.X + labelWidth - theme.BodySize * 0.45 - labelLine.Width;
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
        var padding = theme.BodySize * 0.8;
        var decoration = new Decoration(frame.X, frame.Width, theme.CalloutFill, theme.Brand, BarOnly: false);
        var node = new StructNode("Div", frame.Parent);
        var inner = new Frame(frame.X + padding, frame.Width - 2 * padding, node, [.. frame.Decorations, decoration], frame.ListDepth);
        Gap(padding, inner);
        var title = callout.Title ?? callout.Kind switch
        {
            Core.Model.CalloutKind.KeyPoints => "Key points",
            Core.Model.CalloutKind.Tip => "Tip",
            Core.Model.CalloutKind.Warning => "Warning",
            _ => "Note",
        };
        var titleSlices = Paragraph(Runs([new Text(title)], theme.Body.WithBold() with { Color = theme.Brand }), "P", inner);
        foreach (var slice in titleSlices) slice.KeepWithNext = true;
        Gap(theme.BodySize * 0.3, inner);
        Blocks(callout.Blocks, inner);
        Gap(padding, inner);
    }

    private void Quote(Quote quote, Frame frame)
    {
        var indent = theme.BodySize * 1.2;
        var decoration = new Decoration(frame.X, 3, theme.Brand, null, BarOnly: true);
        var node = new StructNode("BlockQuote", frame.Parent);
        Blocks(quote.Blocks, new Frame(frame.X + indent, frame.Width - indent, node, [.. frame.Decorations, decoration], frame.ListDepth));
    }

    private void Picture(Image image, Frame frame)
    {
        var resource = loadImage(image);
        var alt = string.IsNullOrWhiteSpace(image.AltText) ? null : clean(image.AltText.Trim());
        if (resource is null)
        {
            // The picture could not be included: say what it showed rather than leave a silent hole.
            Paragraph(Runs([new Text("[Image: " + (alt ?? image.Source) + "]")], theme.Body.WithItalic()), "P", frame);
        }
        else
        {
            if (alt is null) warn($"image '{image.Source}' has no alt text; screen readers will announce it without a description");
            var width = Math.Min(frame.Width, resource.PixelWidth * 0.75);
            var height = width * resource.PixelHeight / resource.PixelWidth;
            var maxHeight = theme.BodyHeight * 0.75;
            if (height > maxHeight)
            {
                width *= maxHeight / height;
                height = maxHeight;
            }
            var node = new StructNode("Figure", frame.Parent) { AltText = alt ?? image.Source };
            _slices.Add(new Slice
            {
                Height = height,
                Pieces = [new ImagePiece(node, resource, frame.X, 0, width, height)],
                Decorations = frame.Decorations,
                KeepWithNext = !image.Caption.IsDefaultOrEmpty,
            });
        }
        if (!image.Caption.IsDefaultOrEmpty)
        {
            Gap(theme.BodySize * 0.3, frame);
            Paragraph(Runs(image.Caption, theme.Small with { Font = FontKind.Italic, Size = Math.Max(12, theme.BodySize * 0.9) }), "P", frame);
        }
    }

    private void Rule(Frame frame)
    {
        var height = theme.ParagraphGap * 2;
        _slices.Add(new Slice
        {
            Height = height,
            Pieces = [new RulePiece(frame.X, height / 2, frame.Width, 0.75, theme.Muted)],
            Decorations = frame.Decorations,
        });
    }
}
