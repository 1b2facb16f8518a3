using System.Collections.Immutable;

namespace AcneBotox.Core.Model;

/// <summary>An inline (phrase-level) element.</summary>
/// <remarks>The set of kinds is closed: only this assembly can add one.</remarks>
public abstract record Inline
{
    private protected Inline()
    {
    }
}

/// <summary>Plain text. Whitespace inside is significant only as word separation.</summary>
public sealed record Text(string Value) : Inline;

/// <summary>Emphasised text (italic).</summary>
public sealed record Emphasis(ImmutableArray<Inline> Inlines) : Inline
{
    /// <inheritdoc />
    public bool Equals(Emphasis? other) => other is not null && base.Equals(other) && Structural.Equal(Inlines, other.Inlines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Structural.Hash(Inlines));
}

/// <summary>Strongly emphasised text (bold).</summary>
public sealed record Strong(ImmutableArray<Inline> Inlines) : Inline
{
    /// <inheritdoc />
    public bool Equals(Strong? other) => other is not null && base.Equals(other) && Structural.Equal(Inlines, other.Inlines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Structural.Hash(Inlines));
}

/// <summary>A hyperlink.</summary>
/// <param name="Target">The URL or <c>#anchor</c>. Readers keep only safe schemes (http, https, mailto, tel, #).</param>
/// <param name="Inlines">The link text.</param>
public sealed record Link(string Target, ImmutableArray<Inline> Inlines) : Inline
{
    /// <inheritdoc />
    public bool Equals(Link? other) => other is not null && base.Equals(other) && Target == other.Target && Structural.Equal(Inlines, other.Inlines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Target, Structural.Hash(Inlines));
}

/// <summary>Inline code or a literal term.</summary>
public sealed record Code(string Value) : Inline;

/// <summary>A hard line break.</summary>
public sealed record LineBreak : Inline;
