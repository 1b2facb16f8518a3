namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>What <see cref="ManifestReader"/> found in a cache file.</summary>
/// <param name="Entries">The entries that match the schema, by document id, each made when asked for.</param>
/// <param name="Invalid">The ids of entries that do not, with the reason.</param>
/// <param name="FileProblem">Why the whole file was ignored, when it was (null for a missing file).</param>
internal sealed record ManifestContents(
    ManifestEntries Entries,
    IReadOnlyDictionary<string, string> Invalid,
    string? FileProblem)
{
    /// <summary>No cache file: nothing cached, nothing to report.</summary>
    public static ManifestContents Empty { get; } = new(ManifestEntries.None, new Dictionary<string, string>(), null);

    /// <summary>A cache file that could not be used at all.</summary>
    public static ManifestContents Unusable(string why) => new(ManifestEntries.None, new Dictionary<string, string>(), why);
}
