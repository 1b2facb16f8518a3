namespace AcneBotox.Core.Writers;

/// <summary>What a writer reports about the file it wrote.</summary>
/// <param name="Pages">The page count for paged formats (PDF); <c>null</c> where pages are the viewer's business.</param>
public sealed record WriteResult(int? Pages = null)
{
    /// <summary>A result with nothing to report.</summary>
    public static WriteResult None { get; } = new();
}
