using System.Collections.Immutable;

namespace AcneBotox.Core.Model;

/// <summary>One article as every writer sees it: metadata plus a sequence of blocks (pandoc's <c>Pandoc Meta [Block]</c>).</summary>
/// <param name="Metadata">Title, dates, provenance and the rest of the front matter.</param>
/// <param name="Blocks">The body, in reading order.</param>
public sealed record Document(Metadata Metadata, ImmutableArray<Block> Blocks)
{
    /// <inheritdoc />
    public bool Equals(Document? other) => other is not null && Metadata.Equals(other.Metadata) && Structural.Equal(Blocks, other.Blocks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Metadata, Structural.Hash(Blocks));
}
