using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;

namespace AcneBotox.Cli.Preview;

/// <summary>One article as the preview last built it.</summary>
/// <param name="Key">Its path relative to the content folder, with <c>/</c>: how the page names it (<c>/?doc=KEY</c>).</param>
/// <param name="Id">A stable, URL-safe name for its output folder under <c>/files/</c>.</param>
/// <param name="SourcePath">Its full path.</param>
/// <param name="SourceText">Its decoded text, or <c>null</c> when it could not be read or decoded.</param>
/// <param name="Result">The export's result: status, outputs and every diagnostic (findings and parity notes included).</param>
/// <param name="Analysis">The readability analysis (per-section grades, scored sentences), when the document was read.</param>
/// <param name="Outputs">The files to show: this build's, or the last good build's when this one failed.</param>
internal sealed record PreviewDocument(
    string Key,
    string Id,
    string SourcePath,
    string? SourceText,
    DocumentResult Result,
    ReadabilityAnalysis? Analysis,
    IReadOnlyList<OutputFile> Outputs)
{
    /// <summary>True when the outputs shown are from an earlier build, because this one failed.</summary>
    public bool ShowsEarlierBuild => Result.Status == DocumentStatus.Failed && Outputs.Count > 0;

    /// <summary>The checks' and readers' findings: every diagnostic but the parity notes.</summary>
    public IReadOnlyList<Diagnostic> Findings => [.. Result.Diagnostics.Where(d => !IsParityNote(d))];

    /// <summary>What a writer had to approximate (<see cref="Core.Composition.ParityNotes"/>).</summary>
    public IReadOnlyList<Diagnostic> ParityNotes => [.. Result.Diagnostics.Where(IsParityNote)];

    /// <summary>The output of one format, when there is one.</summary>
    public OutputFile? Output(string format) => Outputs.FirstOrDefault(o => o.Format == format);

    private static bool IsParityNote(Diagnostic diagnostic) =>
        diagnostic.Rule.StartsWith(Core.Composition.ParityNotes.Rule(""), StringComparison.Ordinal);
}
