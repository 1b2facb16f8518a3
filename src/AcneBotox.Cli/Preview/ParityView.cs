using System.Text;
using static AcneBotox.Core.Writers.Html.HtmlEscaper;

namespace AcneBotox.Cli.Preview;

/// <summary>The parity notes: what a format had to approximate of the composed handout.</summary>
internal static class ParityView
{
    /// <summary>Appends the parity section.</summary>
    public static void Render(StringBuilder html, PreviewDocument document)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(document);
        html.Append("<section id=\"parity\" data-live aria-labelledby=\"parity-title\">\n<h2 id=\"parity-title\">Parity notes</h2>\n");
        var notes = document.ParityNotes;
        if (notes.Count == 0)
        {
            html.Append("<p>PDF, Word and HTML show the same handout: no format had to approximate anything.</p>\n</section>\n");
            return;
        }
        html.Append("<ul>\n");
        foreach (var note in notes)
            html.Append("<li><code>").Append(Text(note.Rule)).Append("</code> ").Append(Text(note.Message)).Append("</li>\n");
        html.Append("</ul>\n</section>\n");
    }
}
