namespace AcneBotox.Core.Diagnostics;

/// <summary>
/// How many of a list's diagnostics have a given severity. A batch's lists wait on disk (<c>SpilledDiagnostics</c>)
/// and know their counts without being read back: the index page and the exit code need only the counts, and
/// reading every document's findings back for them was most of the reads at the end of a run.
/// </summary>
public static class SeverityCounts
{
    /// <summary>The number of <paramref name="diagnostics"/> of <paramref name="severity"/>.</summary>
    public static int CountOf(this IReadOnlyList<Diagnostic> diagnostics, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (diagnostics is ICountedBySeverity counted) return counted.CountOf(severity);
        var count = 0;
        foreach (var diagnostic in diagnostics)
            if (diagnostic.Severity == severity) count++;
        return count;
    }
}

/// <summary>A diagnostics list that knows its counts by severity without being enumerated.</summary>
internal interface ICountedBySeverity
{
    /// <summary>The number of diagnostics of <paramref name="severity"/>.</summary>
    int CountOf(Severity severity);
}
