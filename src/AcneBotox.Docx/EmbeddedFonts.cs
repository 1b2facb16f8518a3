using System.Reflection;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Embeds the four Atkinson Hyperlegible faces (SIL OFL 1.1, which allows embedding) as obfuscated
/// font parts, so the handout looks the same where the font is not installed.
/// </summary>
internal static class EmbeddedFonts
{
    private static readonly (string Resource, Func<string, string, FontRelationshipType> Element)[] Faces =
    [
        ("AtkinsonHyperlegible-Regular.ttf", (id, key) => new EmbedRegularFont { Id = id, FontKey = key }),
        ("AtkinsonHyperlegible-Bold.ttf", (id, key) => new EmbedBoldFont { Id = id, FontKey = key }),
        ("AtkinsonHyperlegible-Italic.ttf", (id, key) => new EmbedItalicFont { Id = id, FontKey = key }),
        ("AtkinsonHyperlegible-BoldItalic.ttf", (id, key) => new EmbedBoldItalicFont { Id = id, FontKey = key }),
    ];

    /// <summary>Adds the font parts under the font table part and returns the font-table references to them.</summary>
    public static IReadOnlyList<FontRelationshipType> Add(FontTablePart fontTable)
    {
        var references = new List<FontRelationshipType>();
        var number = 1;
        foreach (var (resource, element) in Faces)
        {
            var bytes = Load(resource);
            var key = ObfuscatedFont.KeyFor(bytes);
            var id = "rIdFont" + number++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var part = fontTable.AddFontPart(FontPartType.FontOdttf, id);
            using (var data = new MemoryStream(ObfuscatedFont.Apply(bytes, key), writable: false)) part.FeedData(data);
            references.Add(element(id, key));
        }
        return references;
    }

    private static byte[] Load(string file)
    {
        var name = "AcneBotox.Docx.Fonts." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font resource {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
