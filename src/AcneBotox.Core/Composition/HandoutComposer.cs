using System.Collections.Immutable;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;
using AcneBotox.Core.Writers;

namespace AcneBotox.Core.Composition;

/// <summary>
/// Composes the handout once per document: header band, title block, body (normalised), sources, end matter
/// and page furniture, with the look. The only place that decides what a handout says besides the article.
/// </summary>
public static class HandoutComposer
{
    /// <summary>Composes <paramref name="document"/> with the context's settings; warnings go to the context's diagnostics.</summary>
    public static ComposedHandout Compose(Document document, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = document.Metadata;
        var settings = context.Settings;
        var language = OutputLanguage.Resolve(metadata, context, "handout.language", "the handout", "en");
        var look = HandoutLook.From(settings, language, context.Diagnostics, context.SourcePath);
        var labels = look.Labels;
        var headings = new HeadingPolicy();
        var body = new BodyNormaliser(headings, labels, context).Blocks(document.Blocks);
        var usedIds = ModelWalker.Descendants(body).OfType<Heading>().Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var sources = Sources(metadata, labels, headings, usedIds);
        var onlineUrl = OnlineAddress.Resolve(metadata.OnlineUrl, settings.OnlineUrl, context.SourcePath);

        return new ComposedHandout
        {
            Source = document,
            Language = language,
            Look = look,
            Organization = OneLine(settings.Organization),
            Title = new TitleBlock(
                string.IsNullOrWhiteSpace(metadata.Title) ? Path.GetFileNameWithoutExtension(context.SourcePath) : OneLine(metadata.Title),
                Blank(metadata.Subtitle),
                Blank(metadata.Summary)),
            Body = body,
            Sources = sources,
            EndMatter = EndMatter(metadata, labels, onlineUrl),
            PaperLinks = PaperLinks.From(body.Concat(sources)),
            OnlineUrl = onlineUrl,
            MaxPages = metadata.MaxPages ?? settings.MaxPages,
            LanguageVersions = context.LanguageVersions,
            Pages = new PageFurniture(OneLine(settings.Organization), PageReviewLine(metadata, labels), labels.PageOf),
        };
    }

    private static ImmutableArray<Block> Sources(Metadata metadata, HandoutLabels labels, HeadingPolicy headings, HashSet<string> usedIds)
    {
        var sources = metadata.Sources.IsDefault ? [] : metadata.Sources.Select(Blank).OfType<string>().ToList();
        if (sources.Count == 0) return [];
        var id = "sources";
        for (var n = 2; usedIds.Contains(id); n++) id = "sources-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var items = sources.Select(source => (ImmutableArray<Block>)[new Paragraph(SourceInlines(source))]);
        return [new Heading(headings.Next(1), [new Text(labels.Sources)], id), new BulletList([.. items])];
    }

    // A citation that is just an address becomes a link to it; any other citation stays text.
    private static ImmutableArray<Inline> SourceInlines(string source) =>
        source.StartsWith("http", StringComparison.OrdinalIgnoreCase) && LinkPolicy.IsSafe(source)
            ? [new Link(source, [new Text(source)])]
            : [new Text(source)];

    private static ImmutableArray<EndMatterLine> EndMatter(Metadata metadata, HandoutLabels labels, string? onlineUrl)
    {
        var lines = ImmutableArray.CreateBuilder<EndMatterLine>();
        // The page footer's review line, completed with the next review date.
        var review = PageReviewLine(metadata, labels);
        if (metadata.NextReview is { } next) review += labels.SentenceEnd + (labels.SentenceEnd == "." ? " " : "") + HandoutLabels.Fill(labels.NextReview, labels.Date(next));
        var end = labels.SentenceEnd;
        lines.Add(Line(EndMatterKind.Review, review + end));
        if (Blank(metadata.Reviewer) is { } reviewer) lines.Add(Line(EndMatterKind.Reviewer, HandoutLabels.Fill(labels.ReviewedBy, reviewer) + end));
        var authors = metadata.Authors.IsDefault ? [] : metadata.Authors.Select(Blank).OfType<string>().ToList();
        if (authors.Count > 0) lines.Add(Line(EndMatterKind.Authors, HandoutLabels.Fill(labels.WrittenBy, string.Join(", ", authors)) + end));
        if (Blank(metadata.Version) is { } version) lines.Add(Line(EndMatterKind.Version, HandoutLabels.Fill(labels.Version, version) + end));
        // The disclaimer and contact line are in the document's language when handout.yml gives them (LabelResolver).
        if (Blank(labels.Disclaimer) is { } disclaimer) lines.Add(Line(EndMatterKind.Disclaimer, disclaimer));
        if (Blank(labels.Contact) is { } contact) lines.Add(new EndMatterLine(EndMatterKind.Contact, ContactLinks.Inlines(contact)));
        if (onlineUrl is not null) lines.Add(new EndMatterLine(EndMatterKind.OnlineVersion, OnlineLine(labels.OnlineVersion, onlineUrl)));
        return lines.ToImmutable();
    }

    // "Online version: {0}" with the address as a link in place of {0}.
    private static ImmutableArray<Inline> OnlineLine(string label, string url)
    {
        var at = label.IndexOf("{0}", StringComparison.Ordinal);
        var before = at < 0 ? label + " " : label[..at];
        var after = at < 0 ? "" : label[(at + 3)..];
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        if (before.Length > 0) inlines.Add(new Text(before));
        inlines.Add(new Link(url, [new Text(url)]));
        if (after.Length > 0) inlines.Add(new Text(after));
        return inlines.ToImmutable();
    }

    private static string PageReviewLine(Metadata metadata, HandoutLabels labels) => metadata.Reviewed is { } reviewed
        ? HandoutLabels.Fill(labels.LastReviewed, labels.Date(reviewed))
        : labels.LastReviewedUnknown;

    private static EndMatterLine Line(EndMatterKind kind, string text) => new(kind, [new Text(text)]);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : OneLine(text);

    // Settings and metadata values are one line each: a newline in them is layout, never content.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])['\r', '\n', '\t', '\f', '\v', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
