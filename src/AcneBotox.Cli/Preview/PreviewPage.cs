using System.Globalization;
using System.Text;
using AcneBotox.Core.Pipeline;
using static AcneBotox.Core.Writers.Html.HtmlEscaper;

namespace AcneBotox.Cli.Preview;

/// <summary>
/// The preview page: the article list, the handout (HTML and PDF), the source with its findings marked, the findings,
/// the reading grades and the parity notes. Script only refreshes it: every part is plain HTML the server renders,
/// and each element marked <c>data-live</c> is swapped for its newer rendering when a build finishes.
/// </summary>
internal static class PreviewPage
{
    /// <summary>The page for the document named <paramref name="key"/> (the first one when it names none).</summary>
    public static string Render(PreviewSnapshot snapshot, string? key)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var document = snapshot.Find(key);
        var title = document is null ? "No articles" : document.Result.Title ?? document.Key;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Text(title)).Append(" – AcneBotox preview</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/preview.css\">\n<script src=\"/preview.js\" defer></script>\n</head>\n")
            .Append(CultureInfo.InvariantCulture, $"<body data-version=\"{snapshot.Version}\">\n");
        Header(html, snapshot, document);
        html.Append("<main>\n<h1 id=\"page-title\" data-live>").Append(Text(title)).Append("</h1>\n");
        Status(html, snapshot, document);
        Problems(html, snapshot);
        if (document is null)
        {
            html.Append("<p>No articles were found. Save a <code>.md</code> or <code>.txt</code> file in the content folder.</p>\n");
        }
        else
        {
            html.Append("<div class=\"columns\">\n<div class=\"column\">\n");
            SourceView.Render(html, document);
            FindingsView.Render(html, document);
            html.Append("</div>\n<div class=\"column\">\n");
            HandoutView.Render(html, document);
            GradesView.Render(html, document, snapshot.TargetGrade);
            ParityView.Render(html, document);
            html.Append("</div>\n</div>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The page's address for a document.</summary>
    public static string Link(PreviewDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return "/?doc=" + Uri.EscapeDataString(document.Key);
    }

    private static void Header(StringBuilder html, PreviewSnapshot snapshot, PreviewDocument? current)
    {
        html.Append("<header>\n<p class=\"brand\">AcneBotox preview</p>\n<div id=\"articles\" data-live>");
        if (snapshot.Documents.Count > 1)
        {
            html.Append("<nav aria-label=\"Articles\">\n<ul>\n");
            foreach (var document in snapshot.Documents)
            {
                html.Append("<li><a href=\"").Append(Attribute(Link(document))).Append('"');
                if (document == current) html.Append(" aria-current=\"page\"");
                html.Append('>').Append(Text(document.Key)).Append("</a></li>\n");
            }
            html.Append("</ul>\n</nav>\n");
        }
        html.Append("</div>\n</header>\n");
    }

    private static void Status(StringBuilder html, PreviewSnapshot snapshot, PreviewDocument? document)
    {
        var what = document is null ? ""
            : document.Result.Status == DocumentStatus.Failed ? $"{document.Key} could not be exported. "
            : $"{document.Key} exported. ";
        var findings = document is null ? "" : Counted(document.Findings.Count, "finding");
        html.Append("<p id=\"status\" role=\"status\" data-live>")
            .Append(Text(string.Create(CultureInfo.InvariantCulture,
                $"{what}{findings}Build {snapshot.Version}, {snapshot.Elapsed.TotalSeconds:0.0} s; it updates when you save.")))
            .Append("</p>\n");
    }

    private static void Problems(StringBuilder html, PreviewSnapshot snapshot)
    {
        html.Append("<div id=\"problems\" data-live>");
        if (snapshot.SetupDiagnostics.Count > 0)
        {
            html.Append("\n<h2>Settings and inputs</h2>\n<ul>\n");
            foreach (var diagnostic in snapshot.SetupDiagnostics)
                html.Append("<li>").Append(Text(diagnostic.ToString())).Append("</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</div>\n");
    }

    /// <summary>"1 finding. ", "3 findings. ", with the plural right.</summary>
    public static string Counted(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}. ");
}
