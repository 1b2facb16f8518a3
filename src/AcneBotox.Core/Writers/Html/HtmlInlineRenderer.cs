using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers.Html;

/// <summary>Writes inlines as phrasing content: every text escaped, only safe links kept, no link inside a link.</summary>
internal sealed class HtmlInlineRenderer(StringBuilder output, DiagnosticBag diagnostics, string sourcePath)
{
    private int _linkDepth;

    /// <summary>Writes a run of inlines.</summary>
    public void Render(IEnumerable<Inline> inlines, int? line)
    {
        foreach (var inline in inlines) Render(inline, line);
    }

    private void Render(Inline inline, int? line)
    {
        switch (inline)
        {
            case Text text:
                HtmlEscaper.AppendText(output, text.Value);
                break;
            case Emphasis emphasis:
                Wrap("em", emphasis.Inlines, line);
                break;
            case Strong strong:
                Wrap("strong", strong.Inlines, line);
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
                RenderLink(link, line);
                break;
            default:
                throw new InvalidOperationException($"the HTML writer has no rendering for {inline.GetType().Name}");
        }
    }

    private void Wrap(string element, IEnumerable<Inline> inlines, int? line)
    {
        output.Append('<').Append(element).Append('>');
        Render(inlines, line);
        output.Append("</").Append(element).Append('>');
    }

    private void RenderLink(Link link, int? line)
    {
        if (_linkDepth > 0)
        {
            // HTML forbids a link inside a link; the inner one keeps its text.
            Render(link.Inlines, line);
            return;
        }
        if (!LinkPolicy.IsSafe(link.Target))
        {
            diagnostics.Warn("html.unsafe-link", $"link target '{link.Target}' is not http, https, mailto or relative; kept its text only",
                sourcePath, line, "use an http, https or mailto link");
            Render(link.Inlines, line);
            return;
        }
        output.Append("<a href=\"");
        HtmlEscaper.AppendAttribute(output, link.Target.Trim());
        output.Append("\">");
        _linkDepth++;
        if (ModelWalker.PlainText(link.Inlines).Trim().Length == 0)
            HtmlEscaper.AppendText(output, link.Target.Trim()); // a link needs a name; its address is the honest one
        else
            Render(link.Inlines, line);
        _linkDepth--;
        output.Append("</a>");
    }
}
