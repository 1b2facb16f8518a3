using System.Collections.Immutable;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Composition;

/// <summary>One line of the end matter.</summary>
/// <param name="Kind">What it says.</param>
/// <param name="Inlines">Its text (the contact line may hold tel: and mailto: links).</param>
public sealed record EndMatterLine(EndMatterKind Kind, ImmutableArray<Inline> Inlines)
{
    /// <summary>The line as plain text.</summary>
    public string Text => ModelWalker.PlainText(Inlines);
}
