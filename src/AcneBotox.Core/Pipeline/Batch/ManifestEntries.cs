using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// The entries read from a cache file, each made when asked for: a batch's entries wait in its spill
/// (<see cref="BatchSpill"/>), so a rerun holds an id and where its entry is for each document, not the entry.
/// </summary>
internal sealed class ManifestEntries(IReadOnlyDictionary<string, Func<ManifestEntry>> readers) : IReadOnlyDictionary<string, ManifestEntry>
{
    /// <summary>No entries.</summary>
    public static ManifestEntries None { get; } = new(new Dictionary<string, Func<ManifestEntry>>());

    /// <summary>How to get each entry, by id, without making any.</summary>
    public IReadOnlyDictionary<string, Func<ManifestEntry>> Readers => readers;

    /// <inheritdoc />
    public ManifestEntry this[string key] => readers[key]();

    /// <inheritdoc />
    public IEnumerable<string> Keys => readers.Keys;

    /// <inheritdoc />
    public IEnumerable<ManifestEntry> Values => readers.Values.Select(read => read());

    /// <inheritdoc />
    public int Count => readers.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => readers.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ManifestEntry value)
    {
        value = readers.TryGetValue(key, out var read) ? read() : null;
        return value is not null;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ManifestEntry>> GetEnumerator() =>
        readers.Select(pair => KeyValuePair.Create(pair.Key, pair.Value())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
