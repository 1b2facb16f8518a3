using System.Collections.Concurrent;
using AcneBotox.Core.Look;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>Builds the PDF's font chain from the look's fallback list, reading each font folder once per process.</summary>
internal static class SystemFonts
{
    private static readonly ConcurrentDictionary<string, FontFileIndex> Folders = new(StringComparer.Ordinal);
    private static readonly Lazy<FontFileIndex> System = new(() => FontFileIndex.Scan(FontFallback.SystemFolders));
    private static readonly ConcurrentDictionary<FontFallback, FontChain> Chains = new();

    /// <summary>The chain for <paramref name="fonts"/>; folder entries are resolved against <paramref name="baseFolder"/>.</summary>
    public static FontChain Chain(FontFallback fonts, string baseFolder)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        if (fonts.Entries.IsEmpty) return FontChain.AtkinsonOnly;
        if (!fonts.Entries.Any(FontFallback.IsFolder)) return Chains.GetOrAdd(fonts, f => FontChain.Create(f.Entries, System.Value));
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
        return FontChain.Create(families, new FontFileIndex(indexes));
    }
}
