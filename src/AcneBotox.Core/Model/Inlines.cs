using System.Collections.Immutable;

namespace AcneBotox.Core.Model;

/// <summary>An inline (phrase-level) element.</summary>
public abstract record Inline;

/// <summary>Plain text. Whitespace inside is significant only as word separation.</summary>
public sealed record Text(string Value) : Inline;

/// <summary>Emphasised text (italic).</summary>
public sealed record Emphasis(ImmutableArray<Inline> Inlines) : Inline;

/// <summary>Strongly emphasised text (bold).</summary>
public sealed record Strong(ImmutableArray<Inline> Inlines) : Inline;

/// <summary>A hyperlink.</summary>
/// <param name="Target">The URL or <c>#anchor</c>. Readers keep only safe schemes (http, https, mailto, tel, #).</param>
/// <param name="Inlines">The link text.</param>
public sealed record Link(string Target, ImmutableArray<Inline> Inlines) : Inline;

/// <summary>Inline code or a literal term.</summary>
public sealed record Code(string Value) : Inline;

/// <summary>A hard line break.</summary>
public sealed record LineBreak : Inline;
