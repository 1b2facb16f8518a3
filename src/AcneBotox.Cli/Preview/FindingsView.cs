using System.Globalization;
using System.Text;
using AcneBotox.Core.Diagnostics;
using static AcneBotox.Core.Writers.Html.HtmlEscaper;

namespace AcneBotox.Cli.Preview;

/// <summary>Every finding of the document in one list: the document-wide ones first, then by line, each line linked to the source view.</summary>
internal static class FindingsView
{
    /// <summary>Appends the findings section.</summary>
    public static void Render(StringBuilder html, PreviewDocument document)
    {
        ArgumentNullException.ThrowIfNull(html);
        var marks = SourceMarker.Find(document);
        var count = marks.WholeDocument.Count + marks.ByLine.Values.Sum(f => f.Count);
        html.Append("<section id=\"findings\" data-live aria-labelledby=\"findings-title\">\n")
            .Append(CultureInfo.InvariantCulture, $"<h2 id=\"findings-title\">Findings ({count})</h2>\n");
        if (count == 0)
        {
            html.Append("<p>No findings.</p>\n</section>\n");
            return;
        }
        html.Append("<ul class=\"findings\">\n");
        foreach (var finding in marks.WholeDocument)
            html.Append("<li><span class=\"where\">whole document</span>: ").Append(Describe(finding)).Append("</li>\n");
        foreach (var (line, findings) in marks.ByLine.OrderBy(p => p.Key))
            foreach (var finding in findings)
                html.Append(CultureInfo.InvariantCulture, $"<li><a class=\"where\" href=\"#L{line}\">line {line}</a>: ").Append(Describe(finding)).Append("</li>\n");
        html.Append("</ul>\n</section>\n");
    }

    /// <summary>A finding as HTML: severity, message, what to do, and the rule id.</summary>
    public static string Describe(Diagnostic finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var severity = finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };
        var text = new StringBuilder();
        text.Append("<strong class=\"").Append(severity).Append("\">").Append(severity).Append("</strong> ").Append(Text(finding.Message));
        if (finding.Suggestion is { } suggestion) text.Append(" <span class=\"hint\">(").Append(Text(suggestion)).Append(")</span>");
        text.Append(" <code>").Append(Text(finding.Rule)).Append("</code>");
        return text.ToString();
    }
}
