using System.Collections.Immutable;

namespace AcneBotox.Core.Model;

/// <summary>Everything about a document that is not its body.</summary>
public sealed record Metadata
{
    /// <summary>The title. Every document has one: readers fall back to the file name.</summary>
    public required string Title { get; init; }

    /// <summary>An optional subtitle shown under the title.</summary>
    public string? Subtitle { get; init; }

    /// <summary>A one- or two-sentence summary (HTML meta description, PDF subject, DOCX subject).</summary>
    public string? Summary { get; init; }

    /// <summary>BCP 47 language tag; <c>null</c> means "use the handout settings' default".</summary>
    public string? Language { get; init; }

    /// <summary>The people who wrote the article.</summary>
    public ImmutableArray<string> Authors { get; init; } = [];

    /// <summary>The clinician who last reviewed the content.</summary>
    public string? Reviewer { get; init; }

    /// <summary>When the content was last reviewed ("Last reviewed" on every page).</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>When the content is due for review again.</summary>
    public DateOnly? NextReview { get; init; }

    /// <summary>The content's own version label.</summary>
    public string? Version { get; init; }

    /// <summary>Search keywords.</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>References the content is based on, one citation or URL each.</summary>
    public ImmutableArray<string> Sources { get; init; } = [];

    /// <summary>
    /// Front matter <c>translationOf</c>: the path (relative to this file's folder) of the article this one translates.
    /// </summary>
    public string? TranslationOf { get; init; }

    /// <summary>Front matter <c>id</c>: the same value in every language version ties them together.</summary>
    public string? Id { get; init; }

    /// <summary>Most PDF pages the handout should take (front matter <c>maxPages</c>); <c>null</c> for the settings' value.</summary>
    public int? MaxPages { get; init; }

    /// <summary>The address of the handout's online version (front matter <c>onlineUrl</c>); <c>null</c> for the settings' value.</summary>
    public string? OnlineUrl { get; init; }

    /// <summary>Where the document came from.</summary>
    public required Provenance Provenance { get; init; }

    /// <inheritdoc />
    public bool Equals(Metadata? other) => other is not null
        && Title == other.Title && Subtitle == other.Subtitle && Summary == other.Summary && Language == other.Language
        && Structural.Equal(Authors, other.Authors) && Reviewer == other.Reviewer && Reviewed == other.Reviewed
        && NextReview == other.NextReview && Version == other.Version && Structural.Equal(Keywords, other.Keywords)
        && Structural.Equal(Sources, other.Sources) && TranslationOf == other.TranslationOf && Id == other.Id
        && MaxPages == other.MaxPages && OnlineUrl == other.OnlineUrl
        && Provenance.Equals(other.Provenance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Summary, Structural.Hash(Authors), Reviewed, Structural.Hash(Sources), Provenance);
}
