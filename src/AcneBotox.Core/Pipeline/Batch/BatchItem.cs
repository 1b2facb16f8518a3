namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>One input of a batch.</summary>
/// <param name="SourcePath">The path as the user gave it or as discovered (used in messages and the report).</param>
/// <param name="RelativePath">The path relative to the content folder, with <c>/</c> separators: the cache and shard key.</param>
public sealed record BatchItem(string SourcePath, string RelativePath)
{
    /// <summary>An item for <paramref name="sourcePath"/>, keyed relative to <paramref name="contentFolder"/>.</summary>
    public static BatchItem Create(string sourcePath, string contentFolder) =>
        new(sourcePath, Path.GetRelativePath(Path.GetFullPath(contentFolder), Path.GetFullPath(sourcePath)).Replace('\\', '/'));
}
