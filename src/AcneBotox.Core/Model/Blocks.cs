using System.Collections.Immutable;

namespace AcneBotox.Core.Model;

/// <summary>A section heading. Level 1 is a top-level section; the document title lives in <see cref="Metadata.Title"/>.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Inlines">The heading text.</param>
/// <param name="Id">A stable anchor id, unique within the document.</param>
public sealed record Heading(int Level, ImmutableArray<Inline> Inlines, string Id) : Block
{
    /// <inheritdoc />
    public bool Equals(Heading? other) => other is not null && base.Equals(other) && Level == other.Level && Id == other.Id && Structural.Equal(Inlines, other.Inlines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Level, Id, Structural.Hash(Inlines));
}

/// <summary>A paragraph of running text.</summary>
public sealed record Paragraph(ImmutableArray<Inline> Inlines) : Block
{
    /// <inheritdoc />
    public bool Equals(Paragraph? other) => other is not null && base.Equals(other) && Structural.Equal(Inlines, other.Inlines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Structural.Hash(Inlines));
}

/// <summary>An unordered list; each item is a sequence of blocks.</summary>
public sealed record BulletList(ImmutableArray<ImmutableArray<Block>> Items) : Block
{
    /// <inheritdoc />
    public bool Equals(BulletList? other) => other is not null && base.Equals(other) && Structural.Equal(Items, other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Structural.Hash(Items));
}

/// <summary>A numbered list; each item is a sequence of blocks.</summary>
/// <param name="Start">The number of the first item.</param>
/// <param name="Items">The items.</param>
public sealed record OrderedList(int Start, ImmutableArray<ImmutableArray<Block>> Items) : Block
{
    /// <inheritdoc />
    public bool Equals(OrderedList? other) => other is not null && base.Equals(other) && Start == other.Start && Structural.Equal(Items, other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Start, Structural.Hash(Items));
}

/// <summary>A boxed aside: key points, a note, a tip or a warning.</summary>
/// <param name="Kind">What the box is for; decides its look and default title.</param>
/// <param name="Title">An explicit title, or <c>null</c> for the kind's default.</param>
/// <param name="Blocks">The content of the box.</param>
public sealed record Callout(CalloutKind Kind, string? Title, ImmutableArray<Block> Blocks) : Block
{
    /// <inheritdoc />
    public bool Equals(Callout? other) => other is not null && base.Equals(other) && Kind == other.Kind && Title == other.Title && Structural.Equal(Blocks, other.Blocks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Kind, Title, Structural.Hash(Blocks));
}

/// <summary>A block quotation.</summary>
public sealed record Quote(ImmutableArray<Block> Blocks) : Block
{
    /// <inheritdoc />
    public bool Equals(Quote? other) => other is not null && base.Equals(other) && Structural.Equal(Blocks, other.Blocks);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Structural.Hash(Blocks));
}

/// <summary>A picture with its text alternative.</summary>
/// <param name="Source">The path (relative to the content root) or URL as written in the source.</param>
/// <param name="AltText">The text alternative; <c>null</c> when the source gave none (a check warns about it).</param>
/// <param name="Caption">A visible caption; empty for none.</param>
public sealed record Image(string Source, string? AltText, ImmutableArray<Inline> Caption) : Block
{
    /// <inheritdoc />
    public bool Equals(Image? other) => other is not null && base.Equals(other) && Source == other.Source && AltText == other.AltText && Structural.Equal(Caption, other.Caption);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Source, AltText, Structural.Hash(Caption));
}

/// <summary>A table with one header row.</summary>
public sealed record Table(TableRow Header, ImmutableArray<TableRow> Rows) : Block
{
    /// <inheritdoc />
    public bool Equals(Table? other) => other is not null && base.Equals(other) && Header.Equals(other.Header) && Structural.Equal(Rows, other.Rows);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Header, Structural.Hash(Rows));
}

/// <summary>A horizontal rule between sections.</summary>
public sealed record ThematicBreak : Block;

/// <summary>The kinds of <see cref="Callout"/>.</summary>
public enum CalloutKind
{
    /// <summary>The key points / summary box near the top of a handout.</summary>
    KeyPoints,
    /// <summary>Neutral extra information.</summary>
    Note,
    /// <summary>Helpful advice.</summary>
    Tip,
    /// <summary>Something the reader must not miss.</summary>
    Warning,
}

/// <summary>One table row.</summary>
public sealed record TableRow(ImmutableArray<TableCell> Cells)
{
    /// <inheritdoc />
    public bool Equals(TableRow? other) => other is not null && Structural.Equal(Cells, other.Cells);

    /// <inheritdoc />
    public override int GetHashCode() => Structural.Hash(Cells);
}

/// <summary>One table cell.</summary>
public sealed record TableCell(ImmutableArray<Inline> Inlines)
{
    /// <inheritdoc />
    public bool Equals(TableCell? other) => other is not null && Structural.Equal(Inlines, other.Inlines);

    /// <inheritdoc />
    public override int GetHashCode() => Structural.Hash(Inlines);
}
