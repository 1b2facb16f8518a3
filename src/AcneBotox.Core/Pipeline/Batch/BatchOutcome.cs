namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>What a batch did.</summary>
/// <param name="Results">One result per document of this shard, in input order.</param>
/// <param name="Fingerprint">The settings hash and tool version the run used.</param>
/// <param name="Elapsed">Wall-clock time of the whole batch.</param>
/// <param name="CleanedTemporaries">Temporary files a killed earlier run left behind and this run removed.</param>
public sealed record BatchOutcome(
    IReadOnlyList<DocumentResult> Results,
    RunFingerprint Fingerprint,
    TimeSpan Elapsed,
    int CleanedTemporaries)
{
    /// <summary>Warnings about the run rather than one document: a cache file or entry that was ignored.</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Warnings { get; init; } = [];

    /// <summary>
    /// The cache manifest's entries, as the run left it, for documents exported to the output folder by earlier runs
    /// (sources not in this run), by entry id: the index page lists them too.
    /// </summary>
    public IReadOnlyDictionary<string, ManifestEntry> EarlierExports { get; init; } = new Dictionary<string, ManifestEntry>();

    /// <summary>The language versions among the run's articles, for the index page.</summary>
    public AcneBotox.Core.Translations.TranslationIndex Translations { get; init; } = AcneBotox.Core.Translations.TranslationIndex.Empty;
}
