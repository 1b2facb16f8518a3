using System.Globalization;
using System.Text;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers.Html;

/// <summary>
/// Writes the accessible HTML handout: one self-contained HTML5 file (styles inline, images as data
/// URIs) with header, main and footer landmarks, one h1, ordered headings and print rules.
/// </summary>
public sealed class HtmlWriter : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string Extension => "html";

    /// <inheritdoc />
    public WriteResult Write(Document document, RenderContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Utf8NoBom.GetBytes(Render(document, context));
        output.Write(bytes);
        return WriteResult.None;
    }

    /// <summary>The page as text (what <see cref="Write"/> encodes as UTF-8).</summary>
    public static string Render(Document document, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = document.Metadata;
        var settings = context.Settings;
        var palette = BrandPalette.From(settings, context.Diagnostics, context.SourcePath);
        var title = string.IsNullOrWhiteSpace(metadata.Title)
            ? Path.GetFileNameWithoutExtension(context.SourcePath)
            : metadata.Title.Trim();
        var html = new StringBuilder(16 * 1024);

        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlEscaper.Attribute(Language(metadata, context))).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlEscaper.Text(title)).Append("</title>\n");
        Meta(html, "description", MetaDescription.For(document));
        Meta(html, "generator", RenderContext.Generator);
        if (!metadata.Authors.IsEmpty) Meta(html, "author", string.Join(", ", metadata.Authors));
        if (!metadata.Keywords.IsEmpty) Meta(html, "keywords", string.Join(", ", metadata.Keywords));
        Meta(html, "dcterms.modified", context.Timestamp.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Meta(html, "dcterms.source", "sha256:" + metadata.Provenance.Sha256);
        html.Append("<style>\n").Append(HtmlStyleSheet.Build(settings, palette)).Append("</style>\n</head>\n<body>\n");

        html.Append("<header>\n<p class=\"organization\">").Append(HtmlEscaper.Text(settings.Organization)).Append("</p>\n</header>\n");

        html.Append("<main>\n<h1>").Append(HtmlEscaper.Text(title)).Append("</h1>\n");
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle))
            html.Append("<p class=\"subtitle\">").Append(HtmlEscaper.Text(metadata.Subtitle.Trim())).Append("</p>\n");
        var blocks = new HtmlBlockRenderer(html, context);
        blocks.Render(document.Blocks);
        RenderSources(html, blocks, metadata);
        html.Append("</main>\n");

        RenderFooter(html, metadata, settings);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void RenderSources(StringBuilder html, HtmlBlockRenderer blocks, Metadata metadata)
    {
        var sources = metadata.Sources.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (sources.Count == 0) return;
        blocks.RenderSectionHeading("Sources", "sources");
        html.Append("<ul class=\"sources\">\n");
        foreach (var source in sources)
        {
            var text = source.Trim();
            html.Append("<li>");
            if (text.StartsWith("http", StringComparison.OrdinalIgnoreCase) && LinkPolicy.IsSafe(text))
                html.Append("<a href=\"").Append(HtmlEscaper.Attribute(text)).Append("\">").Append(HtmlEscaper.Text(text)).Append("</a>");
            else
                html.Append(HtmlEscaper.Text(text));
            html.Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static void RenderFooter(StringBuilder html, Metadata metadata, Settings.HandoutSettings settings)
    {
        html.Append("<footer>\n<p>Last reviewed: ");
        if (metadata.Reviewed is { } reviewed) AppendDate(html, reviewed);
        else html.Append("not recorded");
        if (metadata.NextReview is { } next)
        {
            html.Append(". Next review due: ");
            AppendDate(html, next);
        }
        html.Append(".</p>\n");
        if (!string.IsNullOrWhiteSpace(metadata.Reviewer))
            html.Append("<p>Reviewed by ").Append(HtmlEscaper.Text(metadata.Reviewer.Trim())).Append(".</p>\n");
        if (!metadata.Authors.IsEmpty)
            html.Append("<p>Written by ").Append(HtmlEscaper.Text(string.Join(", ", metadata.Authors))).Append(".</p>\n");
        if (!string.IsNullOrWhiteSpace(metadata.Version))
            html.Append("<p>Version ").Append(HtmlEscaper.Text(metadata.Version.Trim())).Append(".</p>\n");
        html.Append("<p class=\"disclaimer\">").Append(HtmlEscaper.Text(settings.Disclaimer)).Append("</p>\n");
        if (!string.IsNullOrWhiteSpace(settings.Contact))
            html.Append("<p class=\"contact\">").Append(HtmlEscaper.Text(settings.Contact.Trim())).Append("</p>\n");
        html.Append("</footer>\n");
    }

    private static void AppendDate(StringBuilder html, DateOnly date) =>
        html.Append("<time datetime=\"").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">")
            .Append(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append("</time>");

    private static void Meta(StringBuilder html, string name, string content) =>
        html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(HtmlEscaper.Attribute(content)).Append("\">\n");

    private static string Language(Metadata metadata, RenderContext context) =>
        OutputLanguage.Resolve(metadata, context, "html.language", "the page", "en");
}
