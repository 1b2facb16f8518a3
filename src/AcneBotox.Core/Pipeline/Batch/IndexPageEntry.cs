namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>One row of the index page: a document of the run and what became of it.</summary>
/// <param name="Title">The document title, or its file name when it could not be read.</param>
/// <param name="Source">The source file name, shown so two documents with one title can be told apart.</param>
/// <param name="Status">Exported, up to date or failed.</param>
/// <param name="Links">Its handout files, in the run's format order, then the other print size's files found beside them.</param>
/// <param name="Pages">The PDF's page count, when a PDF was written and its writer counted pages.</param>
/// <param name="ReadingGrade">The Flesch-Kincaid grade of the body text, when known.</param>
/// <param name="Warnings">Warnings (and notes) about the document.</param>
/// <param name="Errors">Errors about the document.</param>
/// <param name="Language">The document's language, when it is one of several language versions of an article.</param>
/// <param name="VersionGroup">The key its language versions share, when it has any (they are listed together).</param>
public sealed record IndexPageEntry(
    string Title,
    string Source,
    DocumentStatus Status,
    IReadOnlyList<IndexPageLink> Links,
    int? Pages,
    double? ReadingGrade,
    int Warnings,
    int Errors,
    string? Language = null,
    string? VersionGroup = null)
{
    /// <summary>False for a document an earlier run exported to the folder (from the cache manifest), not part of this run.</summary>
    public bool InThisRun { get; init; } = true;
}
