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
        var entries = new List<(string Name, ZipEntryContent Content)>();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                if (replacements is not null && replacements.TryGetValue(entry.FullName, out var bytes))
                {
                    // The same font bytes in every handout: deflated once per process, then reused.
                    entries.Add((entry.FullName, DeflatedOnce.GetValue(bytes, b => ZipEntryContent.Deflate(b))));
                    continue;
                }
                using var from = entry.Open();
                using var data = new MemoryStream();
                from.CopyTo(data);
                entries.Add((entry.FullName, ZipEntryContent.Deflate(data.GetBuffer().AsSpan(0, (int)data.Length))));
            }
        }
        ZipWriter.Write(output, entries, EntryTime(timestamp).DateTime);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], ZipEntryContent> DeflatedOnce = new();

    // Readers sniff the content types first; the package relationships come next by convention.
    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        "word/document.xml" => 2,
        _ => 3,
    };
}
