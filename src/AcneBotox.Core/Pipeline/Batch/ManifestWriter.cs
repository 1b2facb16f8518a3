using System.Text.Json;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Writes the cache file one entry at a time. Serialized whole, the file (7.7 MB at 1,000 documents, three times that
/// at 3,000) was first built in one growing buffer, the largest single allocation at the end of a batch; here each
/// entry goes to the stream as it is written, and its spilled diagnostics are read back one entry at a time. The bytes are
/// those <see cref="ManifestFile"/> serializes to with <see cref="ManifestJsonContext"/>: same options, same shape.
/// </summary>
internal static class ManifestWriter
{
    // A flush to the stream once this much is pending: big enough for few writes, small enough to stay flat.
    private const int FlushBytes = 64 * 1024;

    /// <summary>Writes <paramref name="entries"/> (in their order: the caller sorts them by id) as the cache file's JSON.</summary>
    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, ManifestEntry>> entries)
    {
        var context = ManifestJsonContext.Default;
        var options = context.Options;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
        });
        writer.WriteStartObject();
        writer.WriteNumber(Name(nameof(ManifestFile.Format)), ManifestReader.CurrentFormat);
        writer.WritePropertyName(Name(nameof(ManifestFile.Entries)));
        writer.WriteStartObject();
        foreach (var (id, entry) in entries)
        {
            writer.WritePropertyName(id);
            JsonSerializer.Serialize(writer, entry, context.ManifestEntry);
            if (writer.BytesPending >= FlushBytes) writer.Flush();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static string Name(string property) => ManifestJsonContext.Default.Options.PropertyNamingPolicy?.ConvertName(property) ?? property;
}
