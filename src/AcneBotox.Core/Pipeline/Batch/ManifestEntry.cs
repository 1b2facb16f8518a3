using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>What the cache remembers about one exported document.</summary>
/// <param name="Key">The cache key (<see cref="RunFingerprint.KeyFor"/>) the outputs were made under.</param>
/// <param name="Sha256">The source's SHA-256.</param>
/// <param name="Outputs">The outputs, with <see cref="OutputFile.Path"/> relative to the output folder.</param>
/// <param name="Diagnostics">The export's diagnostics, replayed when the document is skipped so a cached run reports (and fails) the same.</param>
/// <param name="Title">The document title, so the index page lists a skipped document like an exported one.</param>
/// <param name="ReadingGrade">The Flesch-Kincaid grade, for the same reason; <c>null</c> in caches of older runs.</param>
public sealed record ManifestEntry(
    string Key,
    string Sha256,
    IReadOnlyList<OutputFile> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics,
    string? Title = null,
    double? ReadingGrade = null);
