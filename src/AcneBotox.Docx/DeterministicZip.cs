using System.IO.Compression;

namespace AcneBotox.Docx;

/// <summary>
/// Rewrites a package so the same content always gives the same bytes: entries in a fixed order
/// ([Content_Types].xml first, then ordinal by name) and one fixed timestamp on every entry.
/// System.IO.Packaging stamps entries with the clock, which breaks reproducible output.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The timestamp for entries: the document's date, clamped to what a zip can hold (1980-2107).</summary>
    public static DateTimeOffset EntryTime(DateTimeOffset timestamp)
    {
        var utc = timestamp.UtcDateTime;
        var min = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var max = new DateTime(2107, 12, 31, 0, 0, 0, DateTimeKind.Utc);
        var clamped = utc < min ? min : utc > max ? max : utc;
        // An offset of zero: the zip keeps the wall-clock fields, so the bytes do not depend on the machine's time zone.
        return new DateTimeOffset(DateTime.SpecifyKind(clamped, DateTimeKind.Unspecified), TimeSpan.Zero);
    }

    /// <summary>
    /// Copies <paramref name="package"/> into <paramref name="output"/> in fixed order with a fixed time. Entries
    /// named in <paramref name="replacements"/> get those bytes instead (the embedded fonts, left empty in the package).
    /// </summary>
    public static void Normalize(Stream package, Stream output, DateTimeOffset timestamp, IReadOnlyDictionary<string, byte[]>? replacements = null)
    {
        var time = EntryTime(timestamp);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (replacements is not null && replacements.TryGetValue(entry.FullName, out var bytes))
            {
                // Fonts are most of a handout's bytes: compressed once, here, not also by the packaging layer.
                var font = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                font.LastWriteTime = time;
                using var fontStream = font.Open();
                fontStream.Write(bytes);
                continue;
            }
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = time;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    // Readers sniff the content types first; the package relationships come next by convention.
    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        "word/document.xml" => 2,
        _ => 3,
    };
}
