using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AcneBotox.Core.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax.Inlines;
using MarkdigInline = Markdig.Syntax.Inlines.Inline;
using ModelInline = AcneBotox.Core.Model.Inline;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>
/// Converts Markdig inlines to model inlines. Inline HTML tags arrive one by one, so a small
/// stack pairs them: safe ones (em, strong, a, br, img) become model nodes, script-like ones
/// drop their content, others are unwrapped; each drop is a warning.
/// </summary>
internal sealed partial class MarkdownInlineConverter(ConversionContext context, RawHtmlConverter html)
{
    private const string Rule = "reader.markdown";

    public ImmutableArray<ModelInline> Convert(ContainerInline? container, int line, bool trim = true)
    {
        var stack = new Stack<InlineHtmlFrame>();
        stack.Push(new InlineHtmlFrame("", null, DropContent: false));
        if (container is not null) AddChildren(stack, container, line);
        while (stack.Count > 1) Close(stack);
        return stack.Pop().Content.ToImmutable(trim);
    }

    private void AddChildren(Stack<InlineHtmlFrame> stack, ContainerInline container, int line)
    {
        using var scope = context.Enter(line);
        foreach (var inline in container) Add(stack, inline, line);
    }

    private void Add(Stack<InlineHtmlFrame> stack, MarkdigInline inline, int line)
    {
        var target = stack.Peek();
        switch (inline)
        {
            case HtmlInline htmlInline:
                AddHtmlTag(stack, htmlInline.Tag, line);
                return;
            case LiteralInline literal:
                Append(target, new Text(literal.Content.ToString()));
                return;
            case HtmlEntityInline entity:
                Append(target, new Text(entity.Transcoded.ToString()));
                return;
            case CodeInline code:
                Append(target, new Code(code.Content));
                return;
            case LineBreakInline lineBreak:
                Append(target, lineBreak.IsHard ? new LineBreak() : new Text(" "));
                return;
            case AutolinkInline autolink:
                var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                if (UrlPolicy.IsSafeLink(url)) Append(target, new Link(url, [new Text(autolink.Url)]));
                else
                {
                    context.Warn(Rule, $"dropped {UrlPolicy.RefusedLinkReason(url)}; its text is kept", line);
                    Append(target, new Text(autolink.Url));
                }
                return;
            case LinkInline { IsImage: true } image:
                AddImage(image, line);
                return;
            case LinkInline link:
                AddLink(stack, link, line);
                return;
            case EmphasisInline emphasis:
                AddEmphasis(stack, emphasis, line);
                return;
            case ContainerInline container:
                AddChildren(stack, container, line);
                return;
            default:
                context.WarnOnce("inline:" + inline.GetType().Name, Rule, $"unsupported Markdown inline {inline.GetType().Name}; its text is kept", line);
                Append(target, new Text(inline.ToString() ?? ""));
                return;
        }
    }

    private static void Append(InlineHtmlFrame frame, ModelInline inline)
    {
        if (!frame.DropContent) frame.Content.Add(inline);
    }

    private void AddEmphasis(Stack<InlineHtmlFrame> stack, EmphasisInline emphasis, int line)
    {
        var inner = Convert(emphasis, line, trim: false);
        var target = stack.Peek();
        switch (emphasis.DelimiterChar)
        {
            case '*' or '_' when emphasis.DelimiterCount >= 2:
                Append(target, new Strong(inner));
                break;
            case '*' or '_':
                Append(target, new Emphasis(inner));
                break;
            case '=' when emphasis is not CustomContainerInline:
                // ==marked== text is highlighted on screen; in a handout that is strong emphasis.
                Append(target, new Strong(inner));
                break;
            default:
                if (emphasis.DelimiterChar == '~' && emphasis.DelimiterCount == 2)
                    context.Warn(Rule, "strikethrough is not supported; the struck text is kept as normal text", line,
                        "delete text that no longer applies instead of striking it through");
                foreach (var item in inner) Append(target, item);
                break;
        }
    }

    private void AddLink(Stack<InlineHtmlFrame> stack, LinkInline link, int line)
    {
        var inner = Convert(link, line, trim: false);
        var target = stack.Peek();
        var url = link.Url?.Trim() ?? "";
        if (UrlPolicy.IsSafeLink(url))
        {
            Append(target, new Link(url, inner.IsEmpty ? [new Text(url)] : inner));
            return;
        }
        context.Warn(Rule, $"dropped {UrlPolicy.RefusedLinkReason(url)}; its text is kept", line);
        foreach (var item in inner) Append(target, item);
    }

    private void AddImage(LinkInline image, int line)
    {
        var source = image.Url?.Trim() ?? "";
        if (!UrlPolicy.IsSafeImage(source))
        {
            context.Warn(Rule, $"dropped image with unsafe source \"{UrlPolicy.Shorten(source)}\"", line);
            return;
        }
        var alt = ModelWalker.PlainText(Convert(image, line)).Trim();
        ImmutableArray<ModelInline> caption = string.IsNullOrWhiteSpace(image.Title) ? [] : [new Text(image.Title.Trim())];
        context.PendingImages.Add(new Image(source, alt.Length == 0 ? null : alt, caption) { SourceLine = line });
    }

    private void AddHtmlTag(Stack<InlineHtmlFrame> stack, string tag, int line)
    {
        var match = TagName().Match(tag);
        if (!match.Success) return; // a comment, declaration or processing instruction: never content
        var name = match.Groups[2].Value.ToLowerInvariant();
        if (match.Groups[1].Success)
        {
            CloseTag(stack, name);
            return;
        }
        if (HtmlElements.IsDangerous(name))
        {
            html.WarnDangerous(name, line);
            if (!HtmlElements.IsVoid(name) && !tag.EndsWith("/>", StringComparison.Ordinal)) stack.Push(new InlineHtmlFrame(name, null, DropContent: true));
            return;
        }
        if (stack.Count > ConversionContext.MaxDepth) throw context.TooDeep(line);
        var element = html.ParseStartTag(tag);
        var target = stack.Peek();
        switch (name)
        {
            case "br":
                if (element is not null) html.CheckAttributes(element, line);
                Append(target, new LineBreak());
                return;
            case "img":
                if (element is not null && html.ToImage(element, line) is { } image && !target.DropContent) context.PendingImages.Add(image);
                return;
            case "em" or "i":
                if (element is not null) html.CheckAttributes(element, line);
                stack.Push(new InlineHtmlFrame(name, inner => new Emphasis(inner), target.DropContent));
                return;
            case "strong" or "b":
                if (element is not null) html.CheckAttributes(element, line);
                stack.Push(new InlineHtmlFrame(name, inner => new Strong(inner), target.DropContent));
                return;
            case "a":
                var href = element is null ? null : html.LinkTarget(element, line);
                stack.Push(new InlineHtmlFrame(name, href is null ? null : inner => new Link(href, inner), target.DropContent));
                return;
            default:
                html.WarnUnwrapped(name, line);
                if (element is not null) html.CheckAttributes(element, line);
                if (!HtmlElements.IsVoid(name)) stack.Push(new InlineHtmlFrame(name, null, target.DropContent));
                return;
        }
    }

    private static void CloseTag(Stack<InlineHtmlFrame> stack, string name)
    {
        if (!stack.Any(frame => frame.TagName == name)) return; // a stray closing tag closes nothing
        while (stack.Count > 1)
        {
            var closing = stack.Peek().TagName;
            Close(stack);
            if (closing == name) return;
        }
    }

    private static void Close(Stack<InlineHtmlFrame> stack)
    {
        var frame = stack.Pop();
        var parent = stack.Peek();
        if (frame.DropContent && !parent.DropContent && frame.Wrap is null) return;
        var content = frame.Content.ToImmutable(trim: false);
        if (frame.Wrap is not null) Append(parent, frame.Wrap(content));
        else foreach (var item in content) Append(parent, item);
    }

    [GeneratedRegex(@"^<\s*(/)?\s*([A-Za-z][A-Za-z0-9-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex TagName();
}
