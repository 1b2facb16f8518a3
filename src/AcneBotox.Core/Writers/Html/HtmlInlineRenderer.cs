using System.Text;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers.Html;

/// <summary>Writes inlines as phrasing content: every text escaped, only safe links kept, no link inside a link.</summary>
internal sealed class HtmlInlineRenderer(StringBuilder output, TypeScale type)
{
    private int _linkDepth;

    /// <summary>Writes a run of inlines.</summary>
    public void Render(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines) Render(inline);
    }

    private void Render(Inline inline)
    {
        switch (inline)
        {
            case Text text:
                HtmlEscaper.AppendText(output, text.Value);
                break;
            case Emphasis emphasis:
                // Large print sets long emphasis upright and bold: italics are hard to read for more than a few words.
                if (type.ItalicFor(ModelWalker.PlainText(emphasis.Inlines))) Wrap("em", emphasis.Inlines);
                else
                {
                    output.Append("<em class=\"upright\">");
                    Render(emphasis.Inlines);
                    output.Append("</em>");
                }
                break;
            case Strong strong:
                Wrap("strong", strong.Inlines);
                break;
            case Code code:
                output.Append("<code>");
                HtmlEscaper.AppendText(output, code.Value);
                output.Append("</code>");
                break;
            case LineBreak:
                output.Append("<br>\n");
                break;
            case Link link:
                RenderLink(link);
                break;
            default:
                throw new InvalidOperationException($"the HTML writer has no rendering for {inline.GetType().Name}");
        }
    }

    private void Wrap(string element, IEnumerable<Inline> inlines)
    {
        output.Append('<').Append(element).Append('>');
        Render(inlines);
        output.Append("</").Append(element).Append('>');
    }

    private void RenderLink(Link link)
    {
        // HTML forbids a link inside a link; the inner one keeps its text. The composition has already reduced
        // unsafe links to text (with a warning); the check here only guards the href against a hand-made handout.
        if (_linkDepth > 0 || !LinkPolicy.IsSafe(link.Target))
        {
            Render(link.Inlines);
            return;
        }
        var target = link.Target.Trim();
        output.Append("<a href=\"");
        HtmlEscaper.AppendAttribute(output, target);
        // A link that shows its own address is not followed by the address again when printed.
        output.Append(ShowsItsAddress(link, target) ? "\" class=\"address\">" : "\">");
        _linkDepth++;
        Render(link.Inlines);
        _linkDepth--;
        output.Append("</a>");
    }

    private static bool ShowsItsAddress(Link link, string target)
    {
        var text = ModelWalker.PlainText(link.Inlines).Trim();
        var address = target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? target[7..]
            : target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? target[4..] : target;
        return string.Equals(text, target, StringComparison.OrdinalIgnoreCase) || string.Equals(text, address, StringComparison.OrdinalIgnoreCase)
            || string.Equals(text.TrimEnd('/'), target.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }
}
