using System.Globalization;
using System.Text.Json;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Reads the cache file as untrusted input: through the bounded reader (a pipe or device there is refused,
/// never waited on), and every entry checked against the schema, field by field. An entry that fails any
/// check is left out with the reason, so its document is simply rebuilt; nothing in the file can crash a run.
/// </summary>
internal static class ManifestReader
{
    /// <summary>Largest cache file read: thousands of entries fit in a few megabytes.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The layout version this reader understands.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The valid entries of the cache file at <paramref name="path"/>, why the others were left out, and any whole-file problem.</summary>
    public static ManifestContents Read(string path)
    {
        BoundedReadResult read;
        try
        {
            read = BoundedFile.Read(path, MaxBytes, followLinks: false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ManifestContents.Empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ManifestContents.Unusable($"it could not be read ({e.Message})");
        }
        if (read.Bytes is null) return ManifestContents.Unusable($"it was not read: {read.Refusal}");
        try
        {
            using var json = JsonDocument.Parse(read.Bytes, new JsonDocumentOptions { MaxDepth = 16 });
            return ReadRoot(json.RootElement);
        }
        catch (JsonException e)
        {
            return ManifestContents.Unusable($"it is not valid JSON ({e.Message})");
        }
    }

    private static ManifestContents ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return ManifestContents.Unusable("it is not a JSON object");
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number
            || !format.TryGetInt32(out var version) || version != CurrentFormat)
            return ManifestContents.Unusable($"its 'format' is not {CurrentFormat}");
        if (!root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Object)
            return ManifestContents.Unusable("it has no 'entries' object");
        var valid = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var invalid = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in entries.EnumerateObject())
        {
            try
            {
                valid[property.Name] = Entry(property.Value);
                invalid.Remove(property.Name);
            }
            catch (InvalidEntryException e)
            {
                valid.Remove(property.Name);
                invalid[property.Name] = e.Message;
            }
        }
        return new ManifestContents(valid, invalid, null);
    }

    private static ManifestEntry Entry(JsonElement entry)
    {
        Expect(entry, JsonValueKind.Object, "the entry");
        var outputs = Array(entry, "outputs").Select(Output).ToList();
        if (outputs.Count == 0) throw new InvalidEntryException("'outputs' is empty");
        var diagnostics = Array(entry, "diagnostics").Select(DiagnosticOf).ToList();
        double? grade = Optional(entry, "readingGrade") is { } g
            ? (g.ValueKind == JsonValueKind.Number && g.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw new InvalidEntryException("'readingGrade' is not a number"))
            : null;
        return new ManifestEntry(Hex(entry, "key"), Hex(entry, "sha256"), outputs, diagnostics, OptionalText(entry, "title"), grade);
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
