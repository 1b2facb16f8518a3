using Markdig;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>The Markdown dialect we accept: CommonMark plus the extensions the content format documents.</summary>
internal static class MarkdownSyntax
{
    /// <summary>Shared and thread-safe: Markdig pipelines are immutable once built.</summary>
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAlertBlocks()
            .UseCustomContainers();
        // No Markdig auto-identifiers: HeadingIdAllocator gives the ids (the same GitHub-style slugs) in linear
        // time, where Markdig's tries -1, -2, ... from the start for every repeat of a heading (quadratic).
        // Markdig stops at this depth itself, so hostile nesting never reaches our converters' limit unchecked.
        builder.MaximumNestingDepth = ConversionContext.MaxDepth;
        return builder.Build();
    }
}
