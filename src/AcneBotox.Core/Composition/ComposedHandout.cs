using System.Collections.Immutable;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Composition;

/// <summary>
/// The handout as every format shows it, decided once per document (after transforms and checks): what it
/// says, in which order, in which words and colours. Writers render this; none re-decides content, order,
/// wording, colour or heading levels.
/// </summary>
public sealed record ComposedHandout
{
    /// <summary>The document the handout was composed from (metadata for file properties).</summary>
    public required Document Source { get; init; }

    /// <summary>The BCP 47 language every output declares.</summary>
    public required string Language { get; init; }

    /// <summary>Colours, sizes and labels.</summary>
    public required HandoutLook Look { get; init; }

    /// <summary>The header band: the organization's name.</summary>
    public required string Organization { get; init; }

    /// <summary>Title, subtitle, summary.</summary>
    public required TitleBlock Title { get; init; }

    /// <summary>
    /// The article body in reading order, normalised: heading levels never skip (level 1 is a section under
    /// the title; a key-points box counts as a level-1 heading), blank headings removed, every callout titled,
    /// unsafe links reduced to their text. Key points, notes, tips and warnings stay where the author put them.
    /// </summary>
    public required ImmutableArray<Block> Body { get; init; }

    /// <summary>The reference list after the body: a level-1 "Sources" heading and a bullet list, or empty.</summary>
    public required ImmutableArray<Block> Sources { get; init; }

    /// <summary>The end matter in order: review dates, reviewer, authors, version, disclaimer, contact, online version.</summary>
    public required ImmutableArray<EndMatterLine> EndMatter { get; init; }

    /// <summary>Which link addresses paper shows, after the link or as numbered notes (<see cref="Composition.PaperLinks"/>).</summary>
    public PaperLinks PaperLinks { get; init; } = PaperLinks.None;

    /// <summary>The address of the handout's online version (front matter, else the settings' pattern), or <c>null</c>.</summary>
    public string? OnlineUrl { get; init; }

    /// <summary>Most pages the printed handout should take (front matter, else settings), or <c>null</c> for no limit.</summary>
    public int? MaxPages { get; init; }

    /// <summary>What paged formats repeat on every page.</summary>
    public required PageFurniture Pages { get; init; }

    /// <summary>
    /// The article's language versions, itself included, in input order; empty when it has no other. HTML links them
    /// (<c>hreflang</c> alternates and a switcher in the header band); paged formats have no place to link them.
    /// </summary>
    public ImmutableArray<Translations.LanguageVersion> LanguageVersions { get; init; } = [];

    /// <summary>Metadata shortcut.</summary>
    public Metadata Metadata => Source.Metadata;
}
