using System.Collections.Immutable;
using System.Globalization;
using AcneBotox.Core.Model;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>
/// Converts raw HTML in Markdown into model nodes with AngleSharp: p, h1-h6, em/i, strong/b,
/// a (http, https, mailto, tel, #), ul/ol/li, br and img become blocks and inlines; script,
/// style, iframe and the like are dropped with their content; any other element is unwrapped
/// (its text kept); event-handler attributes and unsafe URLs are dropped. Every drop is a warning.
/// Raw HTML never passes through.
/// </summary>
internal sealed class RawHtmlConverter
{
    public const string Rule = "reader.raw-html";

    private readonly ConversionContext _context;
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });
    private readonly IElement _body;
    private int _baseLine = 1;

    public RawHtmlConverter(ConversionContext context)
    {
        _context = context;
        _body = _parser.ParseDocument(string.Empty).Body!;
    }

    /// <summary>Blocks for an HTML block that starts on <paramref name="line"/>.</summary>
    public ImmutableArray<Block> ConvertBlocks(string html, int line)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        _baseLine = line;
        AddBlocks(blocks, _parser.ParseFragment(html, _body), line);
        return blocks.ToImmutable();
    }

    /// <summary>The element an inline HTML start tag (e.g. <c>&lt;a href="..."&gt;</c>) describes, for its attributes.</summary>
    public IElement? ParseStartTag(string tag) => _parser.ParseFragment(tag, _body).OfType<IElement>().FirstOrDefault();

    // Positions are relative to the HTML block, which starts on _baseLine of the Markdown file.
    private int LineOf(IElement element) => _baseLine + Math.Max(1, element.SourceReference?.Position.Line ?? 1) - 1;

    /// <summary>Warns about and ignores on* attributes; true when the element had any.</summary>
    public void CheckAttributes(IElement element, int line)
    {
        foreach (var attribute in element.Attributes)
            if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                _context.Warn(Rule, $"dropped event-handler attribute {attribute.Name} on <{element.LocalName}>", line);
    }

    /// <summary>The image an &lt;img&gt; describes, or null (with a warning) when its source is unsafe or missing.</summary>
    public Image? ToImage(IElement img, int line)
    {
        CheckAttributes(img, line);
        var source = img.GetAttribute("src")?.Trim() ?? "";
        if (!UrlPolicy.IsSafeImage(source))
        {
            _context.Warn(Rule, source.Length == 0 ? "dropped <img> without a src" : $"dropped <img> with unsafe source \"{UrlPolicy.Shorten(source)}\"", line);
            return null;
        }
        var alt = img.GetAttribute("alt");
        return new Image(source, string.IsNullOrWhiteSpace(alt) ? null : alt.Trim(), []) { SourceLine = line };
    }

    /// <summary>The safe link target of an &lt;a&gt;, or null (with a warning) when the link must go.</summary>
    public string? LinkTarget(IElement anchor, int line)
    {
        CheckAttributes(anchor, line);
        var href = anchor.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href)) return null;
        if (UrlPolicy.IsSafeLink(href)) return href;
        _context.Warn(Rule, $"dropped {UrlPolicy.RefusedLinkReason(href)}; its text is kept", line);
        return null;
    }

    public void WarnDangerous(string name, int line) =>
        _context.Warn(Rule, $"dropped <{name.ToLowerInvariant()}> element and its content", line, "raw HTML of this kind never reaches a handout");

    public void WarnUnwrapped(string name, int line) =>
        _context.WarnOnce("unwrap:" + name.ToLowerInvariant(), Rule, $"raw HTML <{name.ToLowerInvariant()}> is not supported; its text is kept without it", line);

    private void AddBlocks(ImmutableArray<Block>.Builder blocks, IEnumerable<INode> nodes, int line)
    {
        using var scope = _context.Enter(line);
        var pending = new InlineBuilder(collapseWhitespace: true);
        foreach (var node in nodes)
        {
            if (node is not IElement element)
            {
                if (node is IText text) pending.AddText(text.Data);
                continue;
            }
            var name = element.LocalName;
            var elementLine = LineOf(element);
            if (HtmlElements.IsDangerous(name))
            {
                WarnDangerous(name, elementLine);
                continue;
            }
            if (!HtmlElements.IsBlockLike(name) && name != "img")
            {
                AddInline(pending, element, elementLine);
                continue;
            }
            Flush(blocks, pending, line);
            if (name != "img") CheckAttributes(element, elementLine);
            AddBlock(blocks, element, elementLine);
        }
        Flush(blocks, pending, line);
    }

    private void AddBlock(ImmutableArray<Block>.Builder blocks, IElement element, int line)
    {
        var name = element.LocalName;
        var level = HtmlElements.HeadingLevel(name);
        if (level > 0)
        {
            var inlines = Inlines(element.ChildNodes, line);
            if (!inlines.IsEmpty)
                blocks.Add(new Heading(level, inlines, _context.Ids.Allocate(ModelWalker.PlainText(inlines))) { SourceLine = line });
            blocks.AddRange(_context.TakePendingImages());
            return;
        }
        switch (name)
        {
            case "p":
                var inlines = Inlines(element.ChildNodes, line);
                if (!inlines.IsEmpty) blocks.Add(new Paragraph(inlines) { SourceLine = line });
                blocks.AddRange(_context.TakePendingImages());
                break;
            case "img":
                if (ToImage(element, line) is { } image) blocks.Add(image);
                break;
            case "ul":
            case "ol":
                AddList(blocks, element, line);
                break;
            case "li":
                // A stray <li> outside a list: its content still counts.
                AddBlocks(blocks, element.ChildNodes, line);
                break;
            default:
                WarnUnwrapped(name, line);
                AddBlocks(blocks, element.ChildNodes, line);
                break;
        }
    }

    private void AddList(ImmutableArray<Block>.Builder blocks, IElement list, int line)
    {
        using var scope = _context.Enter(line);
        var items = ImmutableArray.CreateBuilder<ImmutableArray<Block>>();
        foreach (var child in list.ChildNodes)
        {
            if (child is IText text && string.IsNullOrWhiteSpace(text.Data)) continue;
            var item = ImmutableArray.CreateBuilder<Block>();
            if (child is IElement { LocalName: "li" } li)
            {
                CheckAttributes(li, LineOf(li));
                AddBlocks(item, li.ChildNodes, LineOf(li));
            }
            else
            {
                AddBlocks(item, [child], line);
            }
            if (item.Count > 0) items.Add(item.ToImmutable());
        }
        if (items.Count == 0) return;
        if (list.LocalName == "ol")
        {
            var start = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;
            blocks.Add(new OrderedList(start, items.ToImmutable()) { SourceLine = line });
        }
        else
        {
            blocks.Add(new BulletList(items.ToImmutable()) { SourceLine = line });
        }
    }

    private void Flush(ImmutableArray<Block>.Builder blocks, InlineBuilder pending, int line)
    {
        var inlines = pending.ToImmutable(trim: true);
        if (!inlines.IsEmpty) blocks.Add(new Paragraph(inlines) { SourceLine = line });
        blocks.AddRange(_context.TakePendingImages());
        pending.Clear();
    }

    private ImmutableArray<Inline> Inlines(IEnumerable<INode> nodes, int line)
    {
        var builder = new InlineBuilder(collapseWhitespace: true);
        foreach (var node in nodes)
        {
            if (node is IElement element) AddInline(builder, element, LineOf(element));
            else if (node is IText text) builder.AddText(text.Data);
        }
        return builder.ToImmutable(trim: true);
    }

    private ImmutableArray<Inline> ChildInlines(IElement element, int line)
    {
        var builder = new InlineBuilder(collapseWhitespace: true);
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child) AddInline(builder, child, LineOf(child));
            else if (node is IText text) builder.AddText(text.Data);
        }
        return builder.ToImmutable(trim: false);
    }

    private void AddInline(InlineBuilder builder, IElement element, int line)
    {
        using var scope = _context.Enter(line);
        var name = element.LocalName;
        if (HtmlElements.IsDangerous(name))
        {
            WarnDangerous(name, line);
            return;
        }
        switch (name)
        {
            case "em":
            case "i":
                CheckAttributes(element, line);
                builder.Add(new Emphasis(ChildInlines(element, line)));
                break;
            case "strong":
            case "b":
                CheckAttributes(element, line);
                builder.Add(new Strong(ChildInlines(element, line)));
                break;
            case "a":
                var target = LinkTarget(element, line);
                var content = ChildInlines(element, line);
                if (target is null) foreach (var inline in content) builder.Add(inline);
                else builder.Add(new Link(target, content));
                break;
            case "br":
                CheckAttributes(element, line);
                builder.Add(new LineBreak());
                break;
            case "img":
                if (ToImage(element, line) is { } image) _context.PendingImages.Add(image);
                break;
            default:
                // p, h1-h6 and lists are fine as blocks; only here, inside running text, are they unwrapped.
                var blockLike = HtmlElements.IsBlockLike(name);
                WarnUnwrapped(name, line);
                CheckAttributes(element, line);
                if (blockLike) builder.AddText(" ");
                foreach (var inline in ChildInlines(element, line)) builder.Add(inline);
                if (blockLike) builder.AddText(" ");
                break;
        }
    }
}
