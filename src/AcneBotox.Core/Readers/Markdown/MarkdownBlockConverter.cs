using System.Collections.Immutable;
using System.Globalization;
using AcneBotox.Core.Model;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using MarkdigBlock = Markdig.Syntax.Block;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;
using ModelBlock = AcneBotox.Core.Model.Block;
using ModelTable = AcneBotox.Core.Model.Table;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>Converts Markdig blocks to model blocks, one Markdig node type at a time.</summary>
internal sealed class MarkdownBlockConverter
{
    private const string Rule = "reader.markdown";

    private readonly ConversionContext _context;
    private readonly MarkdownInlineConverter _inlines;
    private readonly RawHtmlConverter _html;

    public MarkdownBlockConverter(ConversionContext context)
    {
        _context = context;
        _html = new RawHtmlConverter(context);
        _inlines = new MarkdownInlineConverter(context, _html);
    }

    public ImmutableArray<ModelBlock> Convert(IEnumerable<MarkdigBlock> blocks)
    {
        var result = ImmutableArray.CreateBuilder<ModelBlock>();
        foreach (var block in blocks) Add(result, block);
        return result.ToImmutable();
    }

    private void Add(ImmutableArray<ModelBlock>.Builder result, MarkdigBlock block)
    {
        var line = block.Line + 1;
        using var scope = _context.Enter(line);
        switch (block)
        {
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case HeadingBlock heading:
                var headingInlines = _inlines.Convert(heading.Inline, line);
                result.Add(new Heading(heading.Level, headingInlines, _context.Ids.Allocate(ModelWalker.PlainText(headingInlines))) { SourceLine = line });
                result.AddRange(_context.TakePendingImages());
                break;
            case ParagraphBlock paragraph:
                var inlines = _inlines.Convert(paragraph.Inline, line);
                if (!inlines.IsEmpty)
                    result.Add(new Paragraph(inlines) { SourceLine = line });
                result.AddRange(_context.TakePendingImages());
                break;
            case ListBlock list:
                AddList(result, list, line);
                break;
            case AlertBlock alert:
                result.Add(new Callout(AlertKind(alert, line), null, Convert(alert)) { SourceLine = line });
                break;
            case QuoteBlock quote:
                result.Add(new Quote(Convert(quote)) { SourceLine = line });
                break;
            case CustomContainer container:
                AddContainer(result, container, line);
                break;
            case ThematicBreakBlock:
                result.Add(new ThematicBreak { SourceLine = line });
                break;
            case MarkdigTable table:
                AddTable(result, table, line);
                break;
            case HtmlBlock htmlBlock:
                result.AddRange(_html.ConvertBlocks(htmlBlock.Lines.ToString(), line));
                break;
            case CodeBlock code:
                AddCode(result, code, line);
                break;
            case ContainerBlock container:
                _context.WarnOnce("block:" + block.GetType().Name, Rule, $"unsupported Markdown block {block.GetType().Name}; its content is kept", line);
                result.AddRange(Convert(container));
                break;
            case LeafBlock leaf:
                _context.WarnOnce("block:" + block.GetType().Name, Rule, $"unsupported Markdown block {block.GetType().Name}; its text is kept", line);
                var text = leaf.Lines.ToString().Trim();
                if (text.Length > 0) result.Add(new Paragraph([new Text(text)]) { SourceLine = line });
                break;
        }
    }

    private void AddList(ImmutableArray<ModelBlock>.Builder result, ListBlock list, int line)
    {
        var items = list.OfType<ListItemBlock>().Select(item => Convert(item)).ToImmutableArray();
        if (list.IsOrdered)
        {
            var start = int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
            result.Add(new OrderedList(start, items) { SourceLine = line });
        }
        else
        {
            result.Add(new BulletList(items) { SourceLine = line });
        }
    }

    private CalloutKind AlertKind(AlertBlock alert, int line)
    {
        var kind = alert.Kind.ToString().ToUpperInvariant();
        switch (kind)
        {
            case "NOTE": return CalloutKind.Note;
            case "TIP": return CalloutKind.Tip;
            case "WARNING": return CalloutKind.Warning;
            case "CAUTION": return CalloutKind.Warning;
            case "IMPORTANT": return CalloutKind.Note;
            default:
                _context.Warn(Rule, $"unknown alert [!{kind}] shown as a note", line, "use [!NOTE], [!TIP] or [!WARNING]");
                return CalloutKind.Note;
        }
    }

    private void AddContainer(ImmutableArray<ModelBlock>.Builder result, CustomContainer container, int line)
    {
        var info = container.Info?.Trim().ToLowerInvariant() ?? "";
        var title = string.IsNullOrWhiteSpace(container.Arguments) ? null : container.Arguments.Trim();
        CalloutKind? kind = info switch
        {
            "key-points" or "keypoints" or "key-point" or "summary" => CalloutKind.KeyPoints,
            "note" or "info" => CalloutKind.Note,
            "tip" => CalloutKind.Tip,
            "warning" or "caution" or "danger" => CalloutKind.Warning,
            _ => null,
        };
        if (kind is null)
        {
            _context.Warn(Rule, $"unknown container ':::{info}'; its content is kept without a box", line,
                "use :::key-points, :::note, :::tip or :::warning");
            result.AddRange(Convert(container));
            return;
        }
        result.Add(new Callout(kind.Value, title, Convert(container)) { SourceLine = line });
    }

    private void AddTable(ImmutableArray<ModelBlock>.Builder result, MarkdigTable table, int line)
    {
        var rows = table.OfType<MarkdigTableRow>().Select(row => (row.IsHeader, Cells: row.OfType<MarkdigTableCell>().Select(Cell).ToImmutableArray())).ToList();
        if (rows.Count == 0) return;
        var header = rows.FindIndex(r => r.IsHeader);
        var headerCells = header >= 0 ? rows[header].Cells : rows[0].Cells;
        var body = rows.Where((_, i) => i != Math.Max(header, 0)).Select(r => new Model.TableRow(r.Cells)).ToImmutableArray();
        result.Add(new ModelTable(new Model.TableRow(headerCells), body) { SourceLine = line });
        result.AddRange(_context.TakePendingImages());
    }

    // Cells hold blocks in Markdig; the model's cells hold one run of inlines.
    private Model.TableCell Cell(MarkdigTableCell cell)
    {
        var inlines = new InlineBuilder(collapseWhitespace: false);
        foreach (var block in cell)
        {
            if (block is not ParagraphBlock paragraph) continue;
            if (!inlines.IsEmpty) inlines.Add(new LineBreak());
            foreach (var inline in _inlines.Convert(paragraph.Inline, paragraph.Line + 1)) inlines.Add(inline);
        }
        return new Model.TableCell(inlines.ToImmutable(trim: true));
    }

    // The model has no code block; patient handouts rarely need one. Keep the text, line by line.
    private static void AddCode(ImmutableArray<ModelBlock>.Builder result, CodeBlock code, int line)
    {
        var lines = code.Lines.ToString().Split('\n');
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        foreach (var text in lines)
        {
            if (inlines.Count > 0) inlines.Add(new LineBreak());
            if (text.Length > 0) inlines.Add(new Code(text.TrimEnd('\r')));
        }
        if (lines.Any(l => l.Trim().Length > 0)) result.Add(new Paragraph(inlines.ToImmutable()) { SourceLine = line });
    }
}
