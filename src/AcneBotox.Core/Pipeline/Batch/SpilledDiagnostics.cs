using System.Collections;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>A finished document's diagnostics, held in a <see cref="DiagnosticSpill"/> and read back when enumerated.</summary>
internal sealed class SpilledDiagnostics(DiagnosticSpill spill, long offset, int length, int count) : IReadOnlyList<Diagnostic>
{
    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public Diagnostic this[int index] => spill.Read(offset, length)[index];

    /// <inheritdoc />
    public IEnumerator<Diagnostic> GetEnumerator() => spill.Read(offset, length).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
