using System.Collections.Concurrent;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// The incremental-export cache, a JSON file in the output folder. A hint, never an authority: it is read
/// through the bounded reader, every entry is checked against the schema, and a document is skipped only
/// when each output its entry names is the file this run would write, still on disk with the recorded size
/// and SHA-256. Anything odd means "export this document again", with a warning. Written once, atomically,
/// after every output of the run is in place, so a killed run leaves the previous manifest.
/// </summary>
public sealed class ExportManifest
{
    /// <summary>The cache file's name inside the output folder (not <see cref="AtomicFile.TempPrefix"/>: it is no leftover).</summary>
    public const string FileName = ".acnebotox.cache.json";

    private const string Rule = "cache.ignored";

    private readonly string _outputDirectory;
    private readonly ManifestEntries _loaded;
    // An entry is made when the file is written: a batch's entries may wait in its spill until then. Their output
    // paths are made relative to the folder then too, so a spilled entry costs its reader and nothing more.
    private readonly ConcurrentDictionary<string, Func<ManifestEntry>?> _changes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _ignored = new(StringComparer.Ordinal);
    private readonly string? _fileProblem;
    // Where loaded entries wait (a batch's spill), so that memory holds only their ids and where they are.
    private readonly BatchSpill? _spill;
    private IReadOnlyDictionary<string, ManifestEntry> _otherSources = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
    // What the file will hold, between Merge and WriteMerged; null when there is nothing to write.
    private SortedDictionary<string, Func<ManifestEntry>>? _merged;

    private ExportManifest(string outputDirectory, ManifestContents contents, BatchSpill? spill)
    {
        _outputDirectory = outputDirectory;
        _spill = spill;
        _loaded = contents.Entries;
        _fileProblem = contents.FileProblem;
        foreach (var (id, why) in contents.Invalid) _ignored[id] = why;
    }

    private const string LargePrintSuffix = "#large-print";

    /// <summary>The cache id of a source's outputs in one print size: its relative path, plus <c>#large-print</c> for large print.</summary>
    public static string EntryId(string relativePath, bool largePrint) => largePrint ? relativePath + LargePrintSuffix : relativePath;

    /// <summary>The relative source path an entry id stands for.</summary>
    public static string SourceOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.EndsWith(LargePrintSuffix, StringComparison.Ordinal) ? id[..^LargePrintSuffix.Length] : id;
    }

    /// <summary>Every entry of the manifest as loaded (output paths relative to the output folder), by id.</summary>
    public IReadOnlyDictionary<string, ManifestEntry> Entries => _loaded;

    /// <summary>
    /// After <see cref="Merge"/>: the entries the file holds, once written, for sources that were not live in this run (exported by
    /// earlier runs), by id, so the index page can list them without reading the whole file back.
    /// </summary>
    public IReadOnlyDictionary<string, ManifestEntry> OtherSources => _otherSources;

    /// <summary>The manifest file's full path.</summary>
    public string Path => System.IO.Path.Combine(_outputDirectory, FileName);

    /// <summary>Loads the manifest of <paramref name="outputDirectory"/>; a missing one is an empty cache, an unusable one an empty cache with a warning.</summary>
    public static ExportManifest Load(string outputDirectory) => Load(outputDirectory, spill: null);

    /// <summary>
    /// Loads the manifest of <paramref name="outputDirectory"/> with each entry kept in <paramref name="spill"/> (null: in
    /// memory) and made again when asked for: the file grows with the batch (22 MB at 3,000 documents).
    /// </summary>
    internal static ExportManifest Load(string outputDirectory, BatchSpill? spill) =>
        new(outputDirectory, ManifestReader.Read(System.IO.Path.Combine(outputDirectory, FileName), spill), spill);

    /// <summary>
    /// Warnings about what was ignored: the whole file, or entries of documents in <paramref name="ids"/>
    /// (of this run) that did not match the schema or named other files than the run writes. Sorted by id.
    /// </summary>
    public IReadOnlyList<Diagnostic> Warnings(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var warnings = new List<Diagnostic>();
        if (_fileProblem is not null)
            warnings.Add(new Diagnostic(Severity.Warning, Rule, $"the export cache is ignored: {_fileProblem}", Path,
                Suggestion: "every document is exported again and the cache rewritten"));
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (_ignored.TryGetValue(id, out var why))
                warnings.Add(new Diagnostic(Severity.Warning, Rule, $"the cache entry for '{id}' is ignored: {why}", Path,
                    Suggestion: "the document is exported again"));
        }
        return warnings;
    }

    /// <summary>
    /// The cached entry for <paramref name="id"/> when it was made under <paramref name="key"/> and names exactly
    /// <paramref name="expectedOutputs"/> (format to the full path this run writes), each still on disk as a regular
    /// file with the recorded size and SHA-256. Output paths in the returned entry are full paths.
    /// </summary>
    public ManifestEntry? FindFresh(string id, string key, IReadOnlyDictionary<string, string> expectedOutputs)
    {
        ArgumentNullException.ThrowIfNull(expectedOutputs);
        if (!_loaded.TryGetValue(id, out var entry) || entry.Key != key) return null;
        var outputs = new List<OutputFile>(entry.Outputs.Count);
        foreach (var output in entry.Outputs)
        {
            var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(_outputDirectory, output.Path));
            if (!expectedOutputs.TryGetValue(output.Format, out var expected) || !SamePath(path, expected))
            {
                _ignored[id] = $"it names '{output.Path}' as its {output.Format} output, which this run does not write";
                return null;
            }
            if (!Matches(path, output)) return null;
            outputs.Add(output with { Path = path });
        }
        if (outputs.Count != expectedOutputs.Count || outputs.DistinctBy(o => o.Format).Count() != outputs.Count)
        {
            _ignored[id] = $"it lists {outputs.Count} outputs for {expectedOutputs.Count} formats";
            return null;
        }
        return entry with { Outputs = outputs };
    }

    /// <summary>Remembers a successful export of <paramref name="id"/> (output paths may be full paths).</summary>
    public void Record(string id, ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _changes[id] = () => entry;
    }

    /// <summary>
    /// Remembers a successful export of <paramref name="id"/> whose entry <paramref name="entry"/> gives when the file
    /// is written (output paths may be full paths), so a batch need not hold thousands of entries until then.
    /// </summary>
    public void Record(string id, Func<ManifestEntry> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _changes[id] = entry;
    }

    private ManifestEntry Relative(ManifestEntry entry) => entry with
    {
        Outputs = entry.Outputs
            .Select(o => o with { Path = System.IO.Path.GetRelativePath(_outputDirectory, o.Path).Replace('\\', '/') })
            .ToList(),
    };

    /// <summary>Forgets <paramref name="id"/>, e.g. after it failed, so the next run tries it again.</summary>
    public void Forget(string id) => _changes[id] = null;

    /// <summary>
    /// Works out what the manifest file will hold, and with it <see cref="OtherSources"/>; <see cref="WriteMerged"/> writes it
    /// atomically, unless this run changed nothing in it.
    /// Entries are merged with the file as it is now on disk, so shards sharing an output folder keep each other's
    /// entries (entries that fail the schema are dropped); ids whose source is not in <paramref name="liveSources"/>
    /// are dropped when none of their outputs is left in the folder; every print size of a live source is kept.
    /// </summary>
    public void Merge(IReadOnlySet<string> liveSources)
    {
        ArgumentNullException.ThrowIfNull(liveSources);
        // Nothing exported, forgotten or ignored, the file was read whole and every entry stays: the file on disk
        // is already what this would write. Rewriting it anyway (7.7 MB at 1,000 documents, parsed again first)
        // was most of an unchanged rerun's time.
        if (_changes.IsEmpty && _ignored.IsEmpty && _fileProblem is null && File.Exists(Path)
            && _loaded.Keys.All(id => liveSources.Contains(SourceOf(id)) || AnyOutputExists(_loaded[id])))
        {
            _otherSources = OfOtherSources(_loaded, liveSources);
            _merged = null;
            return;
        }
        var onDisk = ManifestReader.Read(Path, _spill).Entries;
        var entries = new SortedDictionary<string, Func<ManifestEntry>>(StringComparer.Ordinal);
        // Each entry stays where the reader put it until the file is written.
        foreach (var (id, entry) in onDisk.Readers) entries[id] = entry;
        foreach (var (id, entry) in _changes)
        {
            if (entry is null) entries.Remove(id);
            else entries[id] = () => Relative(entry());
        }
        // An entry of a source this run did not see stays while its outputs are in the folder (another run put them
        // there, and the index page lists them); once they are all gone, so is the entry. Such entries come from the
        // file, so asking for them reads nothing back from a spill.
        var others = entries.Where(e => !liveSources.Contains(SourceOf(e.Key))).ToDictionary(e => e.Key, e => e.Value(), StringComparer.Ordinal);
        foreach (var (id, entry) in others.Where(e => !AnyOutputExists(e.Value)).ToList())
        {
            entries.Remove(id);
            others.Remove(id);
        }
        _otherSources = others;
        _merged = entries;
    }

    /// <summary>
    /// Writes what <see cref="Merge"/> worked out, atomically, if anything. It reads only what <see cref="Merge"/> left,
    /// so it may run on another thread while the index page is made from <see cref="OtherSources"/>.
    /// </summary>
    public void WriteMerged()
    {
        if (_merged is not { } entries) return;
        Directory.CreateDirectory(_outputDirectory);
        // One entry made at a time, written, and let go.
        AtomicFile.Write(Path, stream => ManifestWriter.Write(stream, entries.Select(e => KeyValuePair.Create(e.Key, e.Value()))));
        _merged = null;
    }

    // Picked by id first: an entry is made (read back from the spill) only when it is kept.
    private static Dictionary<string, ManifestEntry> OfOtherSources(ManifestEntries entries, IReadOnlySet<string> liveSources) =>
        entries.Keys.Where(id => !liveSources.Contains(SourceOf(id))).ToDictionary(id => id, id => entries[id], StringComparer.Ordinal);

    private bool AnyOutputExists(ManifestEntry entry) => entry.Outputs.Any(o =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(_outputDirectory, o.Path)) is var full
        && RealPath.IsInside(full, _outputDirectory) && File.Exists(full));

    private static bool SamePath(string a, string b) =>
        string.Equals(a, System.IO.Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    // Read without following a link: an output we wrote is a regular file, never a link to somewhere else.
    private static bool Matches(string path, OutputFile expected)
    {
        try
        {
            return BoundedFile.Sha256(path, expected.Bytes, followLinks: false) is { } sha
                && new FileInfo(path).Length == expected.Bytes
                && sha == expected.Sha256;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
