using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// The incremental-export cache, a JSON file in the output folder. Read once at the start; written once,
/// atomically, after every output of the run is in place, so a killed run leaves the previous manifest,
/// whose entries are then re-verified against the files on disk.
/// </summary>
public sealed class ExportManifest
{
    /// <summary>The cache file's name inside the output folder (not <see cref="AtomicFile.TempPrefix"/>: it is no leftover).</summary>
    public const string FileName = ".acnebotox.cache.json";

    private const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly string _outputDirectory;
    private readonly IReadOnlyDictionary<string, ManifestEntry> _loaded;
    private readonly ConcurrentDictionary<string, ManifestEntry?> _changes = new(StringComparer.Ordinal);

    private ExportManifest(string outputDirectory, IReadOnlyDictionary<string, ManifestEntry> loaded)
    {
        _outputDirectory = outputDirectory;
        _loaded = loaded;
    }

    /// <summary>The manifest file's full path.</summary>
    public string Path => System.IO.Path.Combine(_outputDirectory, FileName);

    /// <summary>Loads the manifest of <paramref name="outputDirectory"/>; a missing or unreadable one is an empty cache.</summary>
    public static ExportManifest Load(string outputDirectory) =>
        new(outputDirectory, ReadEntries(System.IO.Path.Combine(outputDirectory, FileName)));

    /// <summary>
    /// The cached entry for <paramref name="id"/> when it was made under <paramref name="key"/> and every
    /// output is still on disk with the recorded size and SHA-256 (so a deleted or hand-edited output is rebuilt).
    /// Output paths in the returned entry are full paths.
    /// </summary>
    public ManifestEntry? FindFresh(string id, string key)
    {
        if (!_loaded.TryGetValue(id, out var entry) || entry.Key != key) return null;
        var outputs = new List<OutputFile>(entry.Outputs.Count);
        foreach (var output in entry.Outputs)
        {
            var path = System.IO.Path.Combine(_outputDirectory, output.Path);
            if (!Matches(path, output)) return null;
            outputs.Add(output with { Path = path });
        }
        return entry with { Outputs = outputs };
    }

    /// <summary>Remembers a successful export of <paramref name="id"/> (output paths may be full paths).</summary>
    public void Record(string id, ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var relative = entry.Outputs
            .Select(o => o with { Path = System.IO.Path.GetRelativePath(_outputDirectory, o.Path).Replace('\\', '/') })
            .ToList();
        _changes[id] = entry with { Outputs = relative };
    }

    /// <summary>Forgets <paramref name="id"/>, e.g. after it failed, so the next run tries it again.</summary>
    public void Forget(string id) => _changes[id] = null;

    /// <summary>
    /// Writes the manifest atomically. Entries are merged with the file as it is now on disk, so shards
    /// sharing an output folder keep each other's entries; ids not in <paramref name="liveIds"/> (deleted
    /// sources) are dropped.
    /// </summary>
    public void Save(IReadOnlySet<string> liveIds)
    {
        ArgumentNullException.ThrowIfNull(liveIds);
        var entries = new SortedDictionary<string, ManifestEntry>(ReadEntries(Path), StringComparer.Ordinal);
        foreach (var (id, entry) in _changes)
        {
            if (entry is null) entries.Remove(id);
            else entries[id] = entry;
        }
        foreach (var id in entries.Keys.Where(id => !liveIds.Contains(id)).ToList()) entries.Remove(id);
        Directory.CreateDirectory(_outputDirectory);
        AtomicFile.Write(Path, stream => JsonSerializer.Serialize(stream, new ManifestFile(CurrentFormat, entries), Json));
    }

    private static Dictionary<string, ManifestEntry> ReadEntries(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<ManifestFile>(stream, Json);
            if (file is { Format: CurrentFormat, Entries: not null })
                return new Dictionary<string, ManifestEntry>(file.Entries, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            // A missing, unreadable or foreign cache only costs a full rebuild.
        }
        return new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
    }

    private static bool Matches(string path, OutputFile expected)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != expected.Bytes) return false;
            using var stream = info.OpenRead();
            return Convert.ToHexStringLower(SHA256.HashData(stream)) == expected.Sha256;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
