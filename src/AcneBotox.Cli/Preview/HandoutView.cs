using System.Text;
using AcneBotox.Core.Pipeline;
using static AcneBotox.Core.Writers.Html.HtmlEscaper;

namespace AcneBotox.Cli.Preview;

/// <summary>The handout as the browser shows it: the HTML page and the PDF in frames, and the Word file to download.</summary>
internal static class HandoutView
{
    /// <summary>The address of an output under <c>/files/</c>; the query changes with the content so the frame reloads.</summary>
    public static string Address(PreviewDocument document, OutputFile output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        return $"/files/{document.Id}/{Uri.EscapeDataString(Path.GetFileName(output.Path))}?v={output.Sha256[..12]}";
    }

    /// <summary>Appends the handout section.</summary>
    public static void Render(StringBuilder html, PreviewDocument document)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(document);
        html.Append("<section id=\"handout\" data-live aria-labelledby=\"handout-title\">\n<h2 id=\"handout-title\">Handout</h2>\n");
        if (document.Result.Status == DocumentStatus.Failed)
            html.Append(document.ShowsEarlierBuild
                ? "<p class=\"failed\">This version could not be exported (see the findings); the handout below is the last one that could.</p>\n"
                : "<p class=\"failed\">The handout could not be exported; the findings say why.</p>\n");
        if (document.Output("html") is { } page)
            html.Append("<iframe class=\"page\" title=\"HTML handout\" src=\"").Append(Attribute(Address(document, page))).Append("\"></iframe>\n");
        var links = new List<string>();
        if (document.Output("pdf") is { } pdf)
        {
            html.Append("<h3>PDF</h3>\n<iframe class=\"pdf\" title=\"PDF handout\" src=\"").Append(Attribute(Address(document, pdf))).Append("\"></iframe>\n");
            links.Add($"<a href=\"{Attribute(Address(document, pdf))}\">Open the PDF</a>");
        }
        if (document.Output("docx") is { } docx)
            links.Add($"<a href=\"{Attribute(Address(document, docx))}\" download>Download the Word file</a>");
        if (links.Count > 0) html.Append("<p>").Append(string.Join(" · ", links)).Append("</p>\n");
        html.Append("</section>\n");
    }
}
