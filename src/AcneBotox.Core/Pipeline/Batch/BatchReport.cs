using System.Text.Json;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Writes the JSON run report (<c>--report FILE</c>). Field names are a stable interface for CI tools:
/// <c>toolVersion, settingsHash, formats, shard, summary{documents, ok, failed, skipped, warnings, errors, elapsedMs},
/// documents[]{source, sha256, status, outputs[]{format, path, bytes, sha256, pages?}, warnings[], errors[], elapsedMs}, warnings[]</c>,
/// each diagnostic being <c>{severity, rule, file, line?, message, suggestion?}</c>. Paths are relative to
/// <c>relativeTo</c> (full paths outside it) with <c>/</c> separators.
/// </summary>
public static class BatchReport
{
    /// <summary>The report's layout version, bumped only on an incompatible change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes the report of <paramref name="outcome"/> atomically to <paramref name="path"/>.</summary>
    public static void WriteFile(string path, BatchOutcome outcome, ShardSpec? shard, string relativeTo)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        AtomicFile.Write(path, stream => Write(stream, outcome, shard, relativeTo));
    }

    /// <summary>Writes the report of <paramref name="outcome"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, BatchOutcome outcome, ShardSpec? shard, string relativeTo)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            // The report is read by people and CI tools, not embedded in HTML: keep '+' and quotes readable.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("tool", "acnebotox");
        json.WriteString("toolVersion", outcome.Fingerprint.ToolVersion);
        json.WriteString("settingsHash", outcome.Fingerprint.SettingsHash);
        json.WriteStartArray("formats");
        foreach (var format in outcome.Fingerprint.Formats) json.WriteStringValue(format);
        json.WriteEndArray();
        if (shard is null) json.WriteNull("shard");
        else json.WriteString("shard", shard.ToString());

        var results = outcome.Results;
        json.WriteStartObject("summary");
        json.WriteNumber("documents", results.Count);
        json.WriteNumber("ok", results.Count(r => r.Status == DocumentStatus.Ok));
        json.WriteNumber("failed", results.Count(r => r.Status == DocumentStatus.Failed));
        json.WriteNumber("skipped", results.Count(r => r.Status == DocumentStatus.Skipped));
        json.WriteNumber("warnings", results.Sum(r => r.Diagnostics.CountOf(Severity.Warning)));
        json.WriteNumber("errors", results.Sum(r => r.Diagnostics.CountOf(Severity.Error)));
        json.WriteNumber("outputs", results.Sum(r => r.Outputs.Count));
        json.WriteNumber("elapsedMs", (long)outcome.Elapsed.TotalMilliseconds);
        json.WriteEndObject();

        json.WriteStartArray("documents");
        foreach (var result in results)
        {
            WriteDocument(json, result, relativeTo);
            // The writer keeps everything until flushed: without this the whole report (20 MB at 3,000 documents
            // with their findings) sat in one growing buffer at the end of a run, the peak of its memory.
            json.Flush();
        }
        json.WriteEndArray();
        // About the run, not one document (an ignored cache file or entry).
        WriteDiagnostics(json, "warnings", outcome.Warnings, relativeTo);
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentResult result, string relativeTo)
    {
        json.WriteStartObject();
        json.WriteString("source", Relative(result.Source, relativeTo));
        if (result.Sha256 is null) json.WriteNull("sha256");
        else json.WriteString("sha256", result.Sha256);
        json.WriteString("status", result.Status switch
        {
            DocumentStatus.Ok => "ok",
            DocumentStatus.Skipped => "skipped",
            _ => "failed",
        });
        json.WriteStartArray("outputs");
        foreach (var output in result.Outputs)
        {
            json.WriteStartObject();
            json.WriteString("format", output.Format);
            json.WriteString("path", Relative(output.Path, relativeTo));
            json.WriteNumber("bytes", output.Bytes);
            json.WriteString("sha256", output.Sha256);
            if (output.Pages is { } pages) json.WriteNumber("pages", pages);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteDiagnostics(json, "warnings", result.Diagnostics.Where(d => d.Severity != Severity.Error), relativeTo);
        WriteDiagnostics(json, "errors", result.Diagnostics.Where(d => d.Severity == Severity.Error), relativeTo);
        json.WriteNumber("elapsedMs", (long)result.Elapsed.TotalMilliseconds);
        json.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics, string relativeTo)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("rule", diagnostic.Rule);
            if (diagnostic.Path is null) json.WriteNull("file");
            else json.WriteString("file", Relative(diagnostic.Path, relativeTo));
            if (diagnostic.Line is { } line) json.WriteNumber("line", line);
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Suggestion is not null) json.WriteString("suggestion", diagnostic.Suggestion);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>A path relative to <paramref name="relativeTo"/> with <c>/</c> separators, as CI annotations and tools expect.</summary>
    public static string Relative(string path, string relativeTo)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(relativeTo, full);
        // Outside the working folder a relative path is harder to read than the full one.
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }
}
