using System.Globalization;
using System.Text;
using AcneBotox.Core.Checks.Readability;
using static AcneBotox.Core.Writers.Html.HtmlEscaper;

namespace AcneBotox.Cli.Preview;

/// <summary>The reading grades of the whole document and of each section, as <c>acnebotox check</c> prints them.</summary>
internal static class GradesView
{
    /// <summary>Appends the grades section.</summary>
    public static void Render(StringBuilder html, PreviewDocument document, double targetGrade)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(document);
        html.Append("<section id=\"grades\" data-live aria-labelledby=\"grades-title\">\n<h2 id=\"grades-title\">Reading grades</h2>\n");
        if (document.Analysis is not { } analysis)
        {
            html.Append("<p>No grades: the document could not be read.</p>\n</section>\n");
            return;
        }
        html.Append(CultureInfo.InvariantCulture,
                $"<p>Grade is Flesch-Kincaid, a US school grade; the target is {targetGrade:0.#} or lower. Ease: 60 or more is plain English.</p>\n")
            .Append("<table>\n<thead><tr><th scope=\"col\">Section</th><th scope=\"col\">Grade</th><th scope=\"col\">SMOG</th>")
            .Append("<th scope=\"col\">Ease</th><th scope=\"col\">Words</th><th scope=\"col\">Sentences</th></tr></thead>\n<tbody>\n");
        Row(html, "Whole document", null, analysis.Document, targetGrade);
        foreach (var section in analysis.Sections)
            Row(html, section.Heading ?? "(before the first heading)", section.Line, section.Readability, targetGrade);
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Row(StringBuilder html, string name, int? line, ReadabilityScores scores, double targetGrade)
    {
        html.Append("<tr><th scope=\"row\">");
        if (line is { } l) html.Append(CultureInfo.InvariantCulture, $"<a href=\"#L{l}\">").Append(Text(name)).Append("</a>");
        else html.Append(Text(name));
        var above = scores.FleschKincaidGrade is { } grade && Math.Round(grade, 1) > targetGrade;
        html.Append("</th><td>").Append(F(scores.FleschKincaidGrade)).Append(above ? " <strong>above target</strong>" : "")
            .Append("</td><td>").Append(F(scores.Smog))
            .Append("</td><td>").Append(F(scores.FleschReadingEase))
            .Append(CultureInfo.InvariantCulture, $"</td><td>{scores.Words}</td><td>{scores.Sentences}</td></tr>\n");
    }

    private static string F(double? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : "–";
}
