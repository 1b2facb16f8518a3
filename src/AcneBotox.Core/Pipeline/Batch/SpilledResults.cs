using System.Collections;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// A batch's results, one slot per document, kept in a <see cref="BatchSpill"/> and read back when asked for: a
/// run of 3,000 documents holds sixteen bytes per document, not their summaries (about 2 KB each with their output
/// paths and hashes). A result that cannot be spilled (it carries an exception, or the temporary file is full) is
/// held as it is. Each slot is set once, by the worker that exported its document.
/// </summary>
internal sealed class SpilledResults(BatchSpill spill, int count) : IReadOnlyList<DocumentResult>
{
    private readonly long[] _offsets = new long[count];
    private readonly int[] _lengths = new int[count];
    private readonly DocumentResult?[] _held = new DocumentResult?[count];

    /// <summary>Keeps <paramref name="result"/> as the result of document <paramref name="index"/>.</summary>
    public void Set(int index, DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (SummaryCodec.Encode(result) is { } bytes && spill.Write(bytes) is { } offset)
        {
            _offsets[index] = offset;
            _lengths[index] = bytes.Length;
        }
        else
        {
            _held[index] = result;
        }
    }

    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public DocumentResult this[int index] =>
        _held[index] ?? SummaryCodec.DecodeResult(spill.ReadBytes(_offsets[index], _lengths[index]), spill);

    /// <inheritdoc />
    public IEnumerator<DocumentResult> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
