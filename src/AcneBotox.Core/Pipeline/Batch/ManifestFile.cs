namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>The cache file's on-disk shape.</summary>
/// <param name="Format">The layout version; another value means the file is ignored.</param>
/// <param name="Entries">Entries by document id (relative source path, plus a variant suffix).</param>
internal sealed record ManifestFile(int Format, SortedDictionary<string, ManifestEntry> Entries);
