using AcneBotox.Core.Fonts;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Embeds the four Atkinson Hyperlegible faces (SIL OFL 1.1, which allows embedding) as obfuscated
/// font parts, so the handout looks the same where the font is not installed.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly (FontFace Face, Func<string, string, FontRelationshipType> Element)[] Faces =
    [
        (FontFace.Regular, (id, key) => new EmbedRegularFont { Id = id, FontKey = key }),
        (FontFace.Bold, (id, key) => new EmbedBoldFont { Id = id, FontKey = key }),
        (FontFace.Italic, (id, key) => new EmbedItalicFont { Id = id, FontKey = key }),
        (FontFace.BoldItalic, (id, key) => new EmbedBoldItalicFont { Id = id, FontKey = key }),
    ];

    /// <summary>
    /// Adds the font parts under the font table part and returns the font-table references to them, plus the
    /// bytes each part must hold, by zip entry name. The parts themselves are left empty here: the fonts are
    /// the same in every handout, so <see cref="DeterministicZip"/> writes them once, cheaply, instead of the
    /// packaging layer compressing 200 KB per document only for the rewrite to inflate it again.
    /// </summary>
    public static (IReadOnlyList<FontRelationshipType> References, IReadOnlyDictionary<string, byte[]> Contents) Add(FontTablePart fontTable)
    {
        var references = new List<FontRelationshipType>();
        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var number = 1;
        foreach (var ((_, element), (key, obfuscated)) in Faces.Zip(Obfuscated.Value))
        {
            var id = "rIdFont" + number++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var part = fontTable.AddFontPart(FontPartType.FontOdttf, id);
            using (var empty = new MemoryStream([], writable: false)) part.FeedData(empty);
            contents[part.Uri.OriginalString.TrimStart('/')] = obfuscated;
            references.Add(element(id, key));
        }
        return (references, contents);
    }

    // The key is derived from the font bytes, so each face obfuscates the same way in every document:
    // do it once per process, not once per handout (a batch of hundreds would redo it each time).
    private static readonly Lazy<(string Key, byte[] Bytes)[]> Obfuscated = new(() =>
        [.. Faces.Select(face =>
        {
            var bytes = HandoutFonts.Bytes(face.Face);
            var key = ObfuscatedFont.KeyFor(bytes);
            return (key, ObfuscatedFont.Apply(bytes, key));
        })]);
}
