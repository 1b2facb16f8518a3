using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Cli.Preview;

/// <summary>Everything the preview page shows, as of one build. Immutable: a rebuild makes a new one.</summary>
/// <param name="Version">Counts builds; the page asks for a refresh when the server's is newer than the one it shows.</param>
/// <param name="Documents">The articles, in the order export would take them.</param>
/// <param name="SetupDiagnostics">Problems with the settings or the inputs as a whole.</param>
/// <param name="TargetGrade">The settings' <c>readability.targetGrade</c>.</param>
/// <param name="Elapsed">How long the build took.</param>
internal sealed record PreviewSnapshot(
    int Version,
    IReadOnlyList<PreviewDocument> Documents,
    IReadOnlyList<Diagnostic> SetupDiagnostics,
    double TargetGrade,
    TimeSpan Elapsed)
{
    /// <summary>Before the first build.</summary>
    public static PreviewSnapshot Empty { get; } = new(0, [], [], 8, TimeSpan.Zero);

    /// <summary>The document with <paramref name="key"/>, else the first one; <c>null</c> when there is none.</summary>
    public PreviewDocument? Find(string? key) =>
        Documents.FirstOrDefault(d => d.Key == key) ?? (Documents.Count > 0 ? Documents[0] : null);
}
