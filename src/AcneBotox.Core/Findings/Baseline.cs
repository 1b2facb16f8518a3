using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;

namespace AcneBotox.Core.Findings;

/// <summary>
/// The accepted warnings of a content library (<c>.acnebotox-baseline.json</c>, written by
/// <c>acnebotox check --update-baseline</c>), so a team can gate new problems today and pay off the old ones
/// later. A finding is known by file, rule and fingerprint (its message without numbers and parenthesised asides,
/// so it survives lines moving, counts changing and "the longest" moving to another sentence) and counted: a
/// third identical finding where two were accepted is new.
/// </summary>
public sealed partial class Baseline
{
    /// <summary>The baseline's file name, next to <c>handout.yml</c> (or in the content folder when there is none).</summary>
    public const string FileName = ".acnebotox-baseline.json";

    /// <summary>Largest baseline read: thousands of findings fit in a few MiB.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private const int FormatVersion = 1;

    private readonly Dictionary<BaselineKey, int> _counts;

    private Baseline(string folder, Dictionary<BaselineKey, int> counts)
    {
        Folder = Path.GetFullPath(folder);
        _counts = counts;
    }

    /// <summary>The folder source paths are relative to (the baseline file's folder).</summary>
    public string Folder { get; }

    /// <summary>How many findings the baseline accepts.</summary>
    public int Count => _counts.Values.Sum();

    /// <summary>
    /// Where the baseline of a run lives: beside the settings file that applies to the content folder, else in the
    /// content folder itself.
    /// </summary>
    public static string PathFor(string? settingsFile, string contentFolder)
    {
        ArgumentNullException.ThrowIfNull(contentFolder);
        var folder = settingsFile is not null ? Path.GetDirectoryName(Path.GetFullPath(settingsFile))! : Path.GetFullPath(contentFolder);
        return Path.Combine(folder, FileName);
    }

    /// <summary>An empty baseline for <paramref name="folder"/>.</summary>
    public static Baseline Empty(string folder) => new(folder, []);

    /// <summary>A baseline accepting every warning in <paramref name="documents"/> (source path, its diagnostics).</summary>
    public static Baseline Of(string folder, IEnumerable<(string Source, IReadOnlyList<Diagnostic> Diagnostics)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var baseline = Empty(folder);
        foreach (var (source, diagnostics) in documents)
            foreach (var diagnostic in diagnostics.Where(Acceptable))
                baseline._counts[baseline.KeyOf(source, diagnostic)] = baseline._counts.GetValueOrDefault(baseline.KeyOf(source, diagnostic)) + 1;
        return baseline;
    }

    /// <summary>
    /// Loads the baseline at <paramref name="path"/>; a missing file is an empty baseline. A file that is not a
    /// baseline is a <see cref="UsageException"/> naming it and saying how to rebuild it.
    /// </summary>
    public static Baseline Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!File.Exists(path) && !Directory.Exists(path)) return Empty(folder);
        BoundedReadResult read;
        try
        {
            read = BoundedFile.Read(path, MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Broken(path, $"cannot read the baseline: {e.Message}");
        }
        if (read.Bytes is null) throw Broken(path, $"the baseline was not read: {read.Refusal}");
        var counts = new Dictionary<BaselineKey, int>();
        try
        {
            using var json = JsonDocument.Parse(read.Bytes, new JsonDocumentOptions { MaxDepth = 8 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version)
                || version.ValueKind != JsonValueKind.Number || version.GetInt32() != FormatVersion
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
                throw Broken(path, $"not an AcneBotox baseline of version {FormatVersion}");
            foreach (var finding in findings.EnumerateArray())
            {
                var key = new BaselineKey(Text(finding, "file", path), Text(finding, "rule", path), Text(finding, "fingerprint", path));
                var count = finding.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) && n > 0
                    ? n
                    : throw Broken(path, "every finding needs a 'count' of 1 or more");
                counts[key] = counts.GetValueOrDefault(key) + count;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw Broken(path, $"the baseline is not valid JSON ({e.Message})");
        }
        return new Baseline(folder, counts);
    }

    /// <summary>Writes the baseline atomically, sorted, so a rebuilt baseline diffs cleanly in review.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Pipeline.AtomicFile.Write(path, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
            {
                Indented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartArray("findings");
            foreach (var (key, count) in _counts
                         .OrderBy(e => e.Key.File, StringComparer.Ordinal)
                         .ThenBy(e => e.Key.Rule, StringComparer.Ordinal)
                         .ThenBy(e => e.Key.Fingerprint, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("file", key.File);
                json.WriteString("rule", key.Rule);
                json.WriteString("fingerprint", key.Fingerprint);
                json.WriteNumber("count", count);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// Splits one document's diagnostics: of each accepted finding, as many as the baseline counts (the first ones,
    /// in report order) are accepted; everything else, errors always, is new.
    /// </summary>
    public BaselineSplit Split(string sourcePath, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_counts.Count == 0) return new BaselineSplit(diagnostics, []);
        var left = new Dictionary<BaselineKey, int>();
        var fresh = new List<Diagnostic>();
        var accepted = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (Acceptable(diagnostic))
            {
                var key = KeyOf(sourcePath, diagnostic);
                var remaining = left.TryGetValue(key, out var r) ? r : _counts.GetValueOrDefault(key);
                if (remaining > 0)
                {
                    left[key] = remaining - 1;
                    accepted.Add(diagnostic);
                    continue;
                }
                left[key] = 0;
            }
            fresh.Add(diagnostic);
        }
        return new BaselineSplit(fresh, accepted);
    }

    /// <summary>
    /// A message as the baseline knows it: parenthesised asides ("(the longest)", "(2 times)") dropped, every
    /// number written as <c>#</c>, spaces collapsed.
    /// </summary>
    public static string Fingerprint(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var text = Aside().Replace(diagnostic.Message, "");
        text = Number().Replace(text, "#");
        return Spaces().Replace(text, " ").Trim();
    }

    // Only warnings: an error is never accepted (it fails the document), and a note never fails a run.
    private static bool Acceptable(Diagnostic diagnostic) => diagnostic.Severity == Severity.Warning;

    private BaselineKey KeyOf(string sourcePath, Diagnostic diagnostic) =>
        new(Path.GetRelativePath(Folder, Path.GetFullPath(sourcePath)).Replace('\\', '/'), diagnostic.Rule, Fingerprint(diagnostic));

    private static string Text(JsonElement finding, string name, string path) =>
        finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw Broken(path, $"every finding needs a text '{name}'");

    private static UsageException Broken(string path, string why) =>
        new(new Diagnostic(Severity.Error, "baseline.invalid", why, path,
            Suggestion: "delete it and run 'acnebotox check --update-baseline' to write it again").ToString());

    [GeneratedRegex(@"\s*\([^()]*\)")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
