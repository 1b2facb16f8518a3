using System.Collections.Immutable;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Findings;

/// <summary>
/// The <c>checks:</c> section of <c>handout.yml</c>: per rule, and per file glob, whether findings are reported and
/// how severe they are. Later lines win, and a glob's lines come after the lines for every file, so
/// <c>"legacy/*.txt": {jargon: info}</c> refines <c>jargon: warning</c>. Errors that stop a document (a file that
/// cannot be read, a missing image) are not findings and are never changed here.
/// </summary>
/// <param name="Overrides">The lines in the order they apply.</param>
/// <param name="Folder">The settings file's folder: globs are relative to it.</param>
public sealed record ChecksPolicy(ImmutableArray<RuleOverride> Overrides, string Folder)
{
    /// <summary>No overrides: every finding as its check reports it.</summary>
    public static ChecksPolicy None { get; } = new([], "");

    /// <summary>
    /// The findings of <paramref name="sourcePath"/> with each override applied: dropped when <c>off</c>,
    /// otherwise at the level the last matching line gives. Errors pass unchanged.
    /// </summary>
    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (Overrides.IsDefaultOrEmpty) return diagnostics;
        var relative = Path.GetRelativePath(Folder.Length == 0 ? "." : Folder, Path.GetFullPath(sourcePath)).Replace('\\', '/');
        var lines = Overrides.Where(o => o.FileGlob is null || FileGlob.Matches(o.FileGlob, relative)).ToList();
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            var line = diagnostic.Severity == Severity.Error ? null : lines.LastOrDefault(o => o.MatchesRule(diagnostic.Rule));
            if (line is null) result.Add(diagnostic);
            else if (line.Level != FindingLevel.Off) result.Add(diagnostic with { Severity = SeverityOf(line.Level) });
        }
        return result;
    }

    private static Severity SeverityOf(FindingLevel level) => level switch
    {
        FindingLevel.Info => Severity.Info,
        FindingLevel.Error => Severity.Error,
        _ => Severity.Warning,
    };
}
