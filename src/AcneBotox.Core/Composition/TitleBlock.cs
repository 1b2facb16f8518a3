namespace AcneBotox.Core.Composition;

/// <summary>The top of the handout, under the header band.</summary>
/// <param name="Title">The title (never blank: the file name stands in).</param>
/// <param name="Subtitle">The subtitle, or <c>null</c>.</param>
/// <param name="Summary">The one- or two-sentence summary, shown under the title in every format, or <c>null</c>.</param>
public sealed record TitleBlock(string Title, string? Subtitle, string? Summary);
