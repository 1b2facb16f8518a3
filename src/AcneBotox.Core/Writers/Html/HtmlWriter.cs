using AcneBotox.Core.Bidi;
using System.Globalization;
using System.Text;
using AcneBotox.Core.Composition;

namespace AcneBotox.Core.Writers.Html;

/// <summary>
/// Writes the accessible HTML handout: one self-contained HTML5 file (styles inline, images as data URIs) with
/// header, main and footer landmarks, one h1, ordered headings and print rules. It renders the composed handout:
/// the header band is the organization, main holds the title block, body and sources, and the footer holds the
/// end matter. HTML has no pages, so the running header and "Page X of Y" have no place here.
/// </summary>
public sealed class HtmlWriter : IDocumentWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string Extension => "html";

    /// <inheritdoc />
    public WriteResult Write(ComposedHandout handout, RenderContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(handout);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        // The same bytes as Render's text in UTF-8, streamed: the style sheet's embedded fonts (145,000 characters) are
        // copied as bytes encoded once per process, never inserted, copied and encoded per handout.
        var (page, styleAt, italic) = Compose(handout, context);
        var encoder = Utf8NoBom.GetEncoder();
        WriteUtf8(output, encoder, page, 0, styleAt);
        output.Write(HtmlStyleSheet.FontFacesUtf8(italic));
        WriteUtf8(output, encoder, HtmlStyleSheet.Rules(handout.Look));
        WriteUtf8(output, encoder, page, styleAt, page.Length - styleAt);
        WriteUtf8(output, encoder, [], flush: true);
        return WriteResult.None;
    }

    /// <summary>The page as text (what <see cref="Write"/> encodes as UTF-8).</summary>
    public static string Render(ComposedHandout handout, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(handout);
        ArgumentNullException.ThrowIfNull(context);
        var (page, styleAt, italic) = Compose(handout, context);
        page.Insert(styleAt, HtmlStyleSheet.Build(handout.Look, italic));
        return page.ToString();
    }

    // The page without its style sheet, where the style sheet goes, and whether it embeds the italic face.
    private static (StringBuilder Page, int StyleAt, bool Italic) Compose(ComposedHandout handout, RenderContext context)
    {
        var metadata = handout.Metadata;
        var title = handout.Title;
        var html = new StringBuilder(16 * 1024);

        var direction = TextDirection.ForDocument(handout.Language);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlEscaper.Attribute(handout.Language))
            .Append(direction == BaseDirection.RightToLeft ? "\" dir=\"rtl\">\n<head>\n" : "\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlEscaper.Text(title.Title)).Append("</title>\n");
        // Every version, this one included, as search engines and browsers expect of hreflang alternates.
        foreach (var version in handout.LanguageVersions)
            html.Append("<link rel=\"alternate\" hreflang=\"").Append(HtmlEscaper.Attribute(version.Language))
                .Append("\" href=\"").Append(HtmlEscaper.Attribute(Uri.EscapeDataString(version.Href))).Append("\">\n");
        Meta(html, "description", MetaDescription.For(handout.Source));
        Meta(html, "generator", RenderContext.Generator);
        if (!metadata.Authors.IsDefaultOrEmpty) Meta(html, "author", string.Join(", ", metadata.Authors));
        if (!metadata.Keywords.IsDefaultOrEmpty) Meta(html, "keywords", string.Join(", ", metadata.Keywords));
        Meta(html, "dcterms.modified", context.Timestamp.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Meta(html, "dcterms.source", "sha256:" + metadata.Provenance.Sha256);
        html.Append("<style>\n");
        var styleAt = html.Length;
        if (!handout.LanguageVersions.IsDefaultOrEmpty) html.Append(SwitcherStyle);
        html.Append("</style>\n</head>\n<body>\n");

        html.Append("<header>\n<p class=\"organization\">").Append(HtmlEscaper.Text(handout.Organization)).Append("</p>\n");
        LanguageSwitcher(html, handout);
        html.Append("</header>\n");

        html.Append("<main>\n<h1>").Append(HtmlEscaper.Text(title.Title)).Append("</h1>\n");
        if (title.Subtitle is { } subtitle) html.Append("<p class=\"subtitle\">").Append(HtmlEscaper.Text(subtitle)).Append("</p>\n");
        if (title.Summary is { } summary) html.Append("<p class=\"summary\">").Append(HtmlEscaper.Text(summary)).Append("</p>\n");
        var blocks = new HtmlBlockRenderer(html, context, handout.Look.Labels, handout.Look.Type, direction);
        blocks.Render(handout.Body);
        if (!handout.Sources.IsDefaultOrEmpty)
        {
            html.Append("<section class=\"sources\">\n");
            blocks.Render(handout.Sources);
            html.Append("</section>\n");
        }
        html.Append("</main>\n");

        html.Append("<footer>\n");
        var inlines = new HtmlInlineRenderer(html, handout.Look.Type);
        foreach (var line in handout.EndMatter)
        {
            html.Append("<p class=\"").Append(EndMatterClass(line.Kind)).Append("\">");
            inlines.Render(line.Inlines);
            html.Append("</p>\n");
        }
        html.Append("</footer>\n</body>\n</html>\n");
        // The italic face is embedded only when something on the page is set in italics.
        var page = html.ToString(styleAt, html.Length - styleAt);
        var italic = page.Contains("<em>", StringComparison.Ordinal)
            || (handout.Look.Type.ItalicCaptions && (title.Summary is not null || page.Contains("<figcaption", StringComparison.Ordinal)));
        return (html, styleAt, italic);
    }

    // Encodes text[start, start + length) as UTF-8 through one encoder, chunk by chunk, so a surrogate pair cut by a
    // chunk boundary stays whole; the caller flushes the encoder once at the end.
    private static void WriteUtf8(Stream output, Encoder encoder, StringBuilder text, int start, int length)
    {
        var end = start + length;
        var at = 0;
        foreach (var chunk in text.GetChunks())
        {
            var from = Math.Max(start, at);
            var to = Math.Min(end, at + chunk.Length);
            if (from < to) WriteUtf8(output, encoder, chunk.Span[(from - at)..(to - at)]);
            at += chunk.Length;
            if (at >= end) break;
        }
    }

    private static void WriteUtf8(Stream output, Encoder encoder, ReadOnlySpan<char> text, bool flush = false)
    {
        const int Slice = 8 * 1024;
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(Slice));
        try
        {
            do
            {
                var slice = text[..Math.Min(Slice, text.Length)];
                text = text[slice.Length..];
                var written = encoder.GetBytes(slice, bytes, flush && text.IsEmpty);
                output.Write(bytes, 0, written);
            }
            while (!text.IsEmpty);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // A named navigation landmark with the other versions, each link in its own language (lang, hreflang) so a screen
    // reader says "Español" in Spanish; the current version is named too, marked as the current one.
    private static void LanguageSwitcher(StringBuilder html, ComposedHandout handout)
    {
        if (handout.LanguageVersions.IsDefaultOrEmpty) return;
        var label = handout.Look.Labels.OtherLanguages;
        html.Append("<nav class=\"languages\" aria-label=\"").Append(HtmlEscaper.Attribute(label)).Append("\">\n<p>")
            .Append(HtmlEscaper.Text(label)).Append(":</p>\n<ul>\n");
        foreach (var version in handout.LanguageVersions)
        {
            var lang = HtmlEscaper.Attribute(version.Language);
            if (version.IsCurrent)
                html.Append("<li><span lang=\"").Append(lang).Append("\" aria-current=\"page\">").Append(HtmlEscaper.Text(version.Name)).Append("</span></li>\n");
            else
                html.Append("<li><a href=\"").Append(HtmlEscaper.Attribute(Uri.EscapeDataString(version.Href))).Append("\" hreflang=\"").Append(lang)
                    .Append("\" lang=\"").Append(lang).Append("\">").Append(HtmlEscaper.Text(version.Name)).Append("</a></li>\n");
        }
        html.Append("</ul>\n</nav>\n");
    }

    // Only handouts with other versions carry it, so every other handout keeps its bytes.
    private const string SwitcherStyle =
        ".languages { margin: 0.3rem 0 0; }\n"
        + ".languages p, .languages ul, .languages li { display: inline; margin: 0; padding: 0; }\n"
        + ".languages li { margin-left: 0.6em; }\n";

    private static string EndMatterClass(EndMatterKind kind) => kind switch
    {
        EndMatterKind.Review => "review",
        EndMatterKind.Reviewer => "reviewer",
        EndMatterKind.Authors => "authors",
        EndMatterKind.Version => "version",
        EndMatterKind.Disclaimer => "disclaimer",
        EndMatterKind.Contact => "contact",
        EndMatterKind.OnlineVersion => "online",
        _ => throw new InvalidOperationException($"the HTML writer has no class for end matter {kind}"),
    };

    private static void Meta(StringBuilder html, string name, string content) =>
        html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(HtmlEscaper.Attribute(content)).Append("\">\n");
}
