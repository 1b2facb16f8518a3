using System.Collections;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// A finished document's diagnostics, held in a <see cref="BatchSpill"/> and read back when enumerated; their counts
/// by severity are kept with the reference, so counting reads nothing back.
/// </summary>
internal sealed class SpilledDiagnostics(BatchSpill spill, long offset, int length, int count, int errors, int warnings)
    : IReadOnlyList<Diagnostic>, ICountedBySeverity
{
    /// <summary>Where the list is in the spill.</summary>
    public long Offset => offset;

    /// <summary>How many bytes it takes there.</summary>
    public int Length => length;

    /// <summary>The spill that holds it.</summary>
    public BatchSpill Spill => spill;

    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public int CountOf(Severity severity) => severity switch
    {
        Severity.Error => errors,
        Severity.Warning => warnings,
        _ => count - errors - warnings,
    };

    /// <inheritdoc />
    public Diagnostic this[int index] => spill.Read(offset, length)[index];

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => spill.Read(offset, length).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
