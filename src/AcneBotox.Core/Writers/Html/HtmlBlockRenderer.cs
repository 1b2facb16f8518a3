using AcneBotox.Core.Bidi;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers.Html;

/// <summary>
/// Writes the composed body blocks inside <c>main</c>. The composition has fixed heading levels (section
/// level n is <c>h(n+1)</c> under the page's single <c>h1</c>) and callout titles; ids are kept unique here.
/// </summary>
internal sealed class HtmlBlockRenderer
{
    private readonly StringBuilder _output;
    private readonly RenderContext _context;
    private readonly HtmlInlineRenderer _inlines;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _regionLabels = new(StringComparer.Ordinal);

    private readonly HandoutLabels _labels;

    private int _tables;

    private readonly BaseDirection _direction;

    public HtmlBlockRenderer(StringBuilder output, RenderContext context, HandoutLabels labels, TypeScale type, BaseDirection direction)
    {
        _direction = direction;
        _labels = labels;
        _output = output;
        _context = context;
        _inlines = new HtmlInlineRenderer(output, type);
    }

    public void Render(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) Render(block);
    }

    private void Render(Block block)
    {
        switch (block)
        {
            case Heading heading: RenderHeading(heading); break;
            case Paragraph paragraph: RenderInlineBlock("p", paragraph.Inlines, paragraph.SourceLine); break;
            case BulletList list: RenderList("ul", null, list.Items, list.SourceLine); break;
            case OrderedList list: RenderList("ol", list.Start, list.Items, list.SourceLine); break;
            case Callout callout: RenderCallout(callout); break;
            case Quote quote:
                _output.Append("<blockquote>\n");
                Render(quote.Blocks);
                _output.Append("</blockquote>\n");
                break;
            case Image image: RenderImage(image); break;
            case Table table: RenderTable(table); break;
            case ThematicBreak: _output.Append("<hr>\n"); break;
            default: throw new InvalidOperationException($"the HTML writer has no rendering for {block.GetType().Name}");
        }
    }

    private void RenderHeading(Heading heading)
    {
        var level = SectionElementLevel(heading.Level);
        WriteHeadingStart(level, UniqueId(heading.Id), cssClass: null, Dir(heading.Inlines));
        _inlines.Render(heading.Inlines);
        _output.Append("</h").Append(level.ToString(CultureInfo.InvariantCulture)).Append(">\n");
    }

    // The title is the h1; section level n is h(n+1).
    private static int SectionElementLevel(int level) => Math.Clamp(level + 1, 2, 6);

    private void WriteHeadingStart(int level, string? id, string? cssClass, string dir = "")
    {
        _output.Append("<h").Append(level.ToString(CultureInfo.InvariantCulture)).Append(dir);
        if (id is not null) _output.Append(" id=\"").Append(HtmlEscaper.Attribute(id)).Append('"');
        if (cssClass is not null) _output.Append(" class=\"").Append(cssClass).Append('"');
        _output.Append('>');
    }

    private void RenderInlineBlock(string element, ImmutableArray<Inline> inlines, int? line)
    {
        _output.Append('<').Append(element).Append(Dir(inlines)).Append('>');
        _inlines.Render(inlines);
        _output.Append("</").Append(element).Append(">\n");
    }

    private void RenderList(string element, int? start, ImmutableArray<ImmutableArray<Block>> items, int? line)
    {
        _output.Append('<').Append(element);
        if (start is { } first && first != 1) _output.Append(" start=\"").Append(first.ToString(CultureInfo.InvariantCulture)).Append('"');
        _output.Append(">\n");
        foreach (var item in items)
        {
            _output.Append("<li").Append(item is [Paragraph tight] ? Dir(tight.Inlines) : "").Append('>');
            if (item is [Paragraph only])
            {
                // A tight item: its text sits directly in the li, as in the source.
                _inlines.Render(only.Inlines);
            }
            else if (item.Length > 0)
            {
                _output.Append('\n');
                Render(item);
            }
            _output.Append("</li>\n");
        }
        _output.Append("</").Append(element).Append(">\n");
    }

    private void RenderCallout(Callout callout)
    {
        var title = callout.Title ?? "";
        var kind = callout.Kind switch
        {
            CalloutKind.KeyPoints => "key-points",
            CalloutKind.Note => "note",
            CalloutKind.Tip => "tip",
            CalloutKind.Warning => "warning",
            _ => throw new InvalidOperationException($"the HTML writer has no class for callout {callout.Kind}"),
        };
        if (callout.Kind == CalloutKind.KeyPoints)
        {
            // Key points are a named region with a real section-level heading, so screen-reader users can jump to them.
            var label = UniqueRegionLabel(title);
            _output.Append("<section class=\"callout callout-key-points\" aria-label=\"").Append(HtmlEscaper.Attribute(label)).Append("\">\n");
            WriteHeadingStart(SectionElementLevel(1), id: null, cssClass: "callout-title");
            HtmlEscaper.AppendText(_output, title);
            _output.Append("</h").Append(SectionElementLevel(1).ToString(CultureInfo.InvariantCulture)).Append(">\n");
            Render(callout.Blocks);
            _output.Append("</section>\n");
            return;
        }
        _output.Append("<div class=\"callout callout-").Append(kind).Append("\" role=\"note\">\n");
        _output.Append("<p class=\"callout-title\">");
        HtmlEscaper.AppendText(_output, title);
        _output.Append("</p>\n");
        Render(callout.Blocks);
        _output.Append("</div>\n");
    }

    private void RenderImage(Image image)
    {
        var resource = _context.Resources.LoadImage(image.Source, _context.SourcePath, image.SourceLine, _context.Diagnostics);
        var alt = image.AltText?.Trim() ?? "";
        if (resource is null)
        {
            // The picture is gone, but what it said is not: its text alternative stays in the page.
            _output.Append("<p class=\"image-missing\">");
            HtmlEscaper.AppendText(_output, _labels.MissingImageText(alt));
            if (image.Caption.Length > 0)
            {
                _output.Append(' ');
                _inlines.Render(image.Caption);
            }
            _output.Append("</p>\n");
            return;
        }
        // A picture without alt text is decorative here (alt=""); the structure check reports it once for every format.
        _output.Append("<figure>\n<img src=\"data:").Append(resource.MediaType).Append(";base64,")
            .Append(Convert.ToBase64String(resource.Bytes.Span))
            .Append("\" alt=\"").Append(HtmlEscaper.Attribute(alt))
            .Append("\" width=\"").Append(resource.PixelWidth.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(resource.PixelHeight.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
        if (image.Caption.Length > 0)
        {
            _output.Append("<figcaption>");
            _inlines.Render(image.Caption);
            _output.Append("</figcaption>\n");
        }
        _output.Append("</figure>\n");
    }

    private void RenderTable(Table table)
    {
        // Every row gets the same number of cells, so the table model is valid and columns line up.
        var columns = Math.Max(table.Header.Cells.Length, table.Rows.IsEmpty ? 0 : table.Rows.Max(row => row.Cells.Length));
        if (columns == 0) return;
        // The table scrolls sideways in its own labelled, focusable region (so keyboard users can scroll it too)
        // instead of pushing the whole page sideways on a narrow screen.
        _output.Append("<div class=\"table-scroll\" role=\"region\" aria-label=\"");
        HtmlEscaper.AppendAttribute(_output, _labels.TableRegionName(++_tables));
        _output.Append("\" tabindex=\"0\">\n<table>\n");
        if (table.Header.Cells.Any(cell => ModelWalker.PlainText(cell.Inlines).Trim().Length > 0))
        {
            _output.Append("<thead>\n<tr>");
            for (var i = 0; i < columns; i++)
            {
                var cell = i < table.Header.Cells.Length ? table.Header.Cells[i].Inlines : [];
                // An empty header cell names nothing, so it is a plain cell rather than an empty th.
                var element = ModelWalker.PlainText(cell).Trim().Length > 0 ? "th" : "td";
                _output.Append('<').Append(element).Append(Dir(cell)).Append(element == "th" ? " scope=\"col\">" : ">");
                _inlines.Render(cell);
                _output.Append("</").Append(element).Append('>');
            }
            _output.Append("</tr>\n</thead>\n");
        }
        _output.Append("<tbody>\n");
        foreach (var row in table.Rows)
        {
            _output.Append("<tr>");
            for (var i = 0; i < columns; i++)
            {
                _output.Append("<td").Append(i < row.Cells.Length ? Dir(row.Cells[i].Inlines) : "").Append('>');
                if (i < row.Cells.Length) _inlines.Render(row.Cells[i].Inlines);
                _output.Append("</td>");
            }
            _output.Append("</tr>\n");
        }
        _output.Append("</tbody>\n</table>\n</div>\n");
    }

    // A dir attribute when the text runs the other way from the document (Core decides which way text runs).
    private string Dir(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefaultOrEmpty) return "";
        var direction = TextDirection.ForParagraph(ModelWalker.PlainText(inlines), _direction);
        if (direction == _direction) return "";
        return direction == BaseDirection.RightToLeft ? " dir=\"rtl\"" : " dir=\"ltr\"";
    }

    private string? UniqueId(string? wanted)
    {
        var id = new string((wanted ?? "").Trim().Select(c => char.IsWhiteSpace(c) || char.IsControl(c) ? '-' : c).ToArray());
        if (id.Length == 0) return null;
        var candidate = id;
        for (var n = 2; !_ids.Add(candidate); n++) candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }

    private string UniqueRegionLabel(string wanted)
    {
        var candidate = wanted;
        for (var n = 2; !_regionLabels.Add(candidate); n++) candidate = wanted + " " + n.ToString(CultureInfo.InvariantCulture);
        return candidate;
    }
}
