using System.Globalization;
using System.Text;
using static AcneBotox.Core.Writers.Html.HtmlEscaper;

namespace AcneBotox.Cli.Preview;

/// <summary>The source text line by line, with the findings' stretches marked and each line's findings listed under it.</summary>
internal static class SourceView
{
    /// <summary>Appends the source section.</summary>
    public static void Render(StringBuilder html, PreviewDocument document)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(document);
        html.Append("<section id=\"source\" data-live aria-labelledby=\"source-title\">\n<h2 id=\"source-title\">Source with findings</h2>\n");
        if (document.SourceText is not { } text)
        {
            html.Append("<p>The source could not be read; the findings say why.</p>\n</section>\n");
            return;
        }
        html.Append("<p class=\"legend\">Marked: <mark class=\"long\">long sentence</mark> <mark class=\"passive\">passive voice</mark> ")
            .Append("<mark class=\"jargon\">word with a plainer one</mark> <mark class=\"acronym\">acronym not spelled out</mark>. ")
            .Append("Each finding is listed under its line.</p>\n<ol class=\"source\">\n");
        var marks = SourceMarker.Find(document);
        var lineStarts = SourceMarker.LineStarts(text);
        for (var line = 1; line <= lineStarts.Count; line++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"L{line}\"><span class=\"text\">");
            Line(html, text, lineStarts[line - 1], SourceMarker.LineEnd(text, lineStarts, line), marks.Spans);
            html.Append("</span>");
            if (marks.ByLine.TryGetValue(line, out var findings))
            {
                html.Append("\n<ul class=\"notes\">\n");
                foreach (var finding in findings) html.Append("<li>").Append(FindingsView.Describe(finding)).Append("</li>\n");
                html.Append("</ul>");
            }
            html.Append("</li>\n");
        }
        html.Append("</ol>\n</section>\n");
    }

    // One line, split wherever a mark begins or ends; each piece carries the kinds of every mark covering it.
    private static void Line(StringBuilder html, string text, int start, int end, IReadOnlyList<SourceSpan> spans)
    {
        var here = spans.Where(s => s.Start < end && s.End > start).ToList();
        var cuts = here.SelectMany(s => new[] { s.Start, s.End }).Where(c => c > start && c < end)
            .Append(start).Append(end).Distinct().Order().ToList();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var piece = text[cuts[i]..cuts[i + 1]];
            var kinds = here.Where(s => s.Start <= cuts[i] && s.End >= cuts[i + 1]).Select(s => s.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
            if (kinds.Count == 0) html.Append(Text(piece));
            else html.Append("<mark class=\"").Append(string.Join(' ', kinds)).Append("\">").Append(Text(piece)).Append("</mark>");
        }
    }
}
