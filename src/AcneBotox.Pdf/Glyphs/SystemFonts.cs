using System.Collections.Concurrent;
using AcneBotox.Core.Look;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>Builds the PDF's font chain from the look's fallback list, reading each font folder once per process, and only when a character needs a fallback.</summary>
internal static class SystemFonts
{
    private static readonly ConcurrentDictionary<string, FontFileIndex> Folders = new(StringComparer.Ordinal);
    private static readonly Lazy<FontFileIndex> System = new(() => FontFileIndex.Scan(FontFallback.SystemFolders));
    private static readonly ConcurrentDictionary<FontFallback, FontChain> Chains = new();

    /// <summary>
    /// The chain for <paramref name="fonts"/>; folder entries are resolved against <paramref name="baseFolder"/>. The
    /// font folders are read when a character first needs a fallback, not before.
    /// </summary>
    public static FontChain Chain(FontFallback fonts, string baseFolder)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        if (fonts.Entries.IsEmpty) return FontChain.AtkinsonOnly;
        if (!fonts.Entries.Any(FontFallback.IsFolder)) return Chains.GetOrAdd(fonts, f => FontChain.Create(() => (f.Entries, System.Value)));
        return FontChain.Create(() => WithFolders(fonts, baseFolder));
    }

    // A chain naming font folders: their families join the chain where the folder stands, and their faces are
    // found before installed ones of the same family.
    private static (IEnumerable<string> Families, FontFileIndex Index) WithFolders(FontFallback fonts, string baseFolder)
    {
        var families = new List<string>();
        var indexes = new List<FontFileIndex> { System.Value };
        foreach (var entry in fonts.Entries)
        {
            if (!FontFallback.IsFolder(entry))
            {
                families.Add(entry);
                continue;
            }
            var folder = Path.GetFullPath(entry.StartsWith('~') ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + entry[1..] : entry, baseFolder);
            var index = Folders.GetOrAdd(folder, f => FontFileIndex.Scan([f]));
            indexes.Insert(0, index);
            families.AddRange(index.Families);
        }
        return (families, new FontFileIndex(indexes));
    }
}
