using System.Globalization;
using System.Text.Json;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;
using Microsoft.Win32.SafeHandles;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Reads the cache file as untrusted input: opened with the bounded reader's guards (a pipe or device there is refused,
/// never waited on), walked a piece at a time (<see cref="ManifestWindow"/>), and every entry checked against the
/// schema, field by field. An entry that fails any
/// check is left out with the reason, so its document is simply rebuilt; nothing in the file can crash a run.
/// </summary>
internal static class ManifestReader
{
    /// <summary>Largest cache file read: thousands of entries fit in a few megabytes.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The layout version this reader understands.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The valid entries of the cache file at <paramref name="path"/>, why the others were left out, and any whole-file problem.</summary>
    /// <param name="path">The cache file.</param>
    /// <param name="spill">
    /// Where each valid entry goes, its diagnostics included, so that memory holds only its id and where it is (a rerun
    /// reads the whole file, about 7 KB a document); null keeps the entries in memory.
    /// </param>
    public static ManifestContents Read(string path, BatchSpill? spill = null)
    {
        SafeFileHandle? handle;
        long length;
        BoundedReadResult? refusal;
        try
        {
            (handle, length, refusal) = BoundedFile.Open(path, MaxBytes, followLinks: false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ManifestContents.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ManifestContents.Unusable($"it could not be read ({e.Message})");
        }
        if (handle is null) return ManifestContents.Unusable($"it was not read: {refusal!.Refusal}");
        using (handle)
        {
            try
            {
                var contents = new Walk(spill).Run(new ManifestWindow(handle, length));
                return contents.FileProblem is null && BoundedFile.GoesOnPast(handle, length)
                    ? ManifestContents.Unusable("it was not read: it is not a regular file (a device, or a file still being written)")
                    : contents;
            }
            catch (JsonException e)
            {
                return ManifestContents.Unusable($"it is not valid JSON ({e.Message})");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return ManifestContents.Unusable($"it could not be read ({e.Message})");
            }
        }
    }

    // The file's outer object, one piece at a time: 'format' must be 1 and 'entries' an object, whose entries are
    // each parsed and checked on their own (later ones of the same id win, as when the file was parsed whole).
    private sealed class Walk(BatchSpill? spill)
    {
        private enum Place { BeforeRoot, InRoot, InEntries, AfterRoot }

        private readonly Dictionary<string, Func<ManifestEntry>> _valid = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, string> _invalid = new(StringComparer.Ordinal);
        private Place _place;
        private bool _formatSeen;
        private bool _entriesSeen;
        private string? _problem;

        public ManifestContents Run(ManifestWindow window)
        {
            window.Walk(Take);
            if (_problem is not null) return ManifestContents.Unusable(_problem);
            if (!_formatSeen) return ManifestContents.Unusable($"its 'format' is not {CurrentFormat}");
            if (!_entriesSeen) return ManifestContents.Unusable("it has no 'entries' object");
            return new ManifestContents(new ManifestEntries(_valid), _invalid, null);
        }

        // Each piece is looked at on a copy of the reader first; the reader moves past it only once all of it is in the window.
        private bool Take(ref Utf8JsonReader reader, bool atEnd)
        {
            while (true)
            {
                var probe = reader;
                switch (_place)
                {
                    case Place.BeforeRoot:
                        if (!probe.Read()) return false;
                        if (probe.TokenType != JsonTokenType.StartObject)
                        {
                            _problem = "it is not a JSON object";
                            return true;
                        }
                        _place = Place.InRoot;
                        break;
                    case Place.InRoot:
                        if (!probe.Read()) return false;
                        if (probe.TokenType == JsonTokenType.EndObject)
                        {
                            _place = Place.AfterRoot;
                            break;
                        }
                        var name = NameOf(probe);
                        if (!probe.Read()) return false;
                        if (name == "entries" && probe.TokenType == JsonTokenType.StartObject)
                        {
                            (_entriesSeen, _place) = (true, Place.InEntries);
                            break;
                        }
                        if (!probe.TrySkip()) return false;
                        if (name == "entries") _entriesSeen = false;
                        if (name == "format")
                        {
                            _formatSeen = probe.TokenType == JsonTokenType.Number && probe.TryGetInt32(out var version) && version == CurrentFormat;
                            if (!_formatSeen)
                            {
                                _problem = $"its 'format' is not {CurrentFormat}";
                                return true;
                            }
                        }
                        break;
                    case Place.InEntries:
                        if (!probe.Read()) return false;
                        if (probe.TokenType == JsonTokenType.EndObject)
                        {
                            _place = Place.InRoot;
                            break;
                        }
                        var id = NameOf(probe);
                        var value = probe;
                        if (!probe.Read() || !probe.TrySkip()) return false;
                        // All of the entry is in the window: parse it alone, and let it go.
                        value.Read();
                        using (var entry = JsonDocument.ParseValue(ref value)) Add(id, entry.RootElement);
                        break;
                    case Place.AfterRoot:
                        // Past the outer object only white space may follow; the reader throws on anything else.
                        if (probe.Read()) throw new JsonException("there is more after the end of the outer object");
                        reader = probe;
                        return atEnd;
                }
                reader = probe;
            }
        }

        private void Add(string id, JsonElement value)
        {
            try
            {
                var entry = Entry(value, spill is null ? null : spill.Keep);
                // An entry that cannot be spilled (the temporary folder is full) is held as it is.
                _valid[id] = spill?.Keep(entry) ?? (() => entry);
                _invalid.Remove(id);
            }
            catch (InvalidEntryException e)
            {
                _valid.Remove(id);
                _invalid[id] = e.Message;
            }
            catch (InvalidOperationException)
            {
                // The reader checks the UTF-8 of a text only when it is asked for it.
                _valid.Remove(id);
                _invalid[id] = "it holds text that is not valid UTF-8";
            }
        }

        private static string NameOf(Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw new JsonException("a name in it is not valid UTF-8");
            }
        }
    }

    private static ManifestEntry Entry(JsonElement entry, Func<IReadOnlyList<Diagnostic>, IReadOnlyList<Diagnostic>>? keep)
    {
        Expect(entry, JsonValueKind.Object, "the entry");
        var outputs = Array(entry, "outputs").Select(Output).ToList();
        if (outputs.Count == 0) throw new InvalidEntryException("'outputs' is empty");
        var diagnostics = Array(entry, "diagnostics").Select(DiagnosticOf).ToList();
        double? grade = Optional(entry, "readingGrade") is { } g
            ? (g.ValueKind == JsonValueKind.Number && g.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw new InvalidEntryException("'readingGrade' is not a number"))
            : null;
        return new ManifestEntry(Hex(entry, "key"), Hex(entry, "sha256"), outputs, keep?.Invoke(diagnostics) ?? diagnostics, OptionalText(entry, "title"), grade);
    }

    private static OutputFile Output(JsonElement output)
    {
        Expect(output, JsonValueKind.Object, "an output");
        var path = Text(output, "path");
        // Relative, forward slashes, no way up: an entry cannot name a file outside the output folder.
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal)
            || path.Split('/').Any(part => part is "" or "." or ".."))
            throw new InvalidEntryException($"output path '{path}' is not a plain path inside the output folder");
        var bytes = Output(output, "bytes");
        int? pages = Optional(output, "pages") is { } p
            ? (p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var count) && count >= 0 ? count : throw new InvalidEntryException("'pages' is not a whole number"))
            : null;
        return new OutputFile(Text(output, "format"), path, bytes, Hex(output, "sha256"), pages);
    }

    private static long Output(JsonElement output, string name) =>
        output.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0
            ? number
            : throw new InvalidEntryException($"'{name}' is not a whole number");

    private static Diagnostic DiagnosticOf(JsonElement diagnostic)
    {
        Expect(diagnostic, JsonValueKind.Object, "a diagnostic");
        var severity = Text(diagnostic, "severity") switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            var other => throw new InvalidEntryException($"diagnostic severity '{other}' is unknown"),
        };
        int? line = Optional(diagnostic, "line") is { } l
            ? (l.ValueKind == JsonValueKind.Number && l.TryGetInt32(out var number) && number > 0 ? number : throw new InvalidEntryException("a diagnostic's 'line' is not a line number"))
            : null;
        return new Diagnostic(severity, Text(diagnostic, "rule"), Text(diagnostic, "message"), OptionalText(diagnostic, "path"), line,
            OptionalText(diagnostic, "suggestion"));
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement owner, string name)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Array)
            throw new InvalidEntryException($"'{name}' is not a list");
        return value.EnumerateArray();
    }

    private static string Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidEntryException($"'{name}' is not a text");

    private static string? OptionalText(JsonElement owner, string name) => Optional(owner, name) is { } value
        ? (value.ValueKind == JsonValueKind.String ? value.GetString() : throw new InvalidEntryException($"'{name}' is not a text"))
        : null;

    private static string Hex(JsonElement owner, string name)
    {
        var text = Text(owner, name);
        return text.Length == 64 && text.All(char.IsAsciiHexDigitLower)
            ? text
            : throw new InvalidEntryException($"'{name}' is not a SHA-256 in lower-case hex");
    }

    // Absent and null both mean "not recorded".
    private static JsonElement? Optional(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static void Expect(JsonElement element, JsonValueKind kind, string what)
    {
        if (element.ValueKind != kind)
            throw new InvalidEntryException(string.Create(CultureInfo.InvariantCulture, $"{what} is {element.ValueKind.ToString().ToLowerInvariant()}, not {kind.ToString().ToLowerInvariant()}"));
    }
}
