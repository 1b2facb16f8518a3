using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>An inline HTML element opened in Markdown text (e.g. <c>&lt;strong&gt;</c>) and not yet closed.</summary>
/// <param name="TagName">The lower-case tag name that closes it.</param>
/// <param name="Wrap">Builds the model inline from the content; null to unwrap (keep the content as is).</param>
/// <param name="DropContent">True for script-like elements: content is discarded.</param>
internal sealed record InlineHtmlFrame(string TagName, Func<System.Collections.Immutable.ImmutableArray<Inline>, Inline>? Wrap, bool DropContent)
{
    public InlineBuilder Content { get; } = new(collapseWhitespace: true);
}
