using System.Buffers.Binary;
using System.Text;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// The font files found in a set of folders, by family and style, read from each file's <c>name</c> table
/// (without loading whole files: a CJK collection is tens of megabytes). Only TrueType-outline faces are
/// listed, because those are the faces the PDF can subset and embed.
/// </summary>
internal sealed class FontFileIndex
{
    private readonly Dictionary<string, List<FaceLocation>> _families = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    private FontFileIndex()
    {
    }

    /// <summary>The union of <paramref name="indexes"/>; a family found in an earlier index wins.</summary>
    public FontFileIndex(IEnumerable<FontFileIndex> indexes)
    {
        foreach (var index in indexes)
            foreach (var family in index._order)
                if (_families.TryAdd(family, index._families[family])) _order.Add(family);
    }

    /// <summary>Where one face lives: a file and its index in a collection.</summary>
    internal readonly record struct FaceLocation(string Path, int Index, string Style);

    /// <summary>Indexes every <c>.ttf</c>, <c>.otf</c> and <c>.ttc</c> file under <paramref name="folders"/> (missing folders are skipped).</summary>
    public static FontFileIndex Scan(IEnumerable<string> folders)
    {
        var index = new FontFileIndex();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder)) continue;
            IEnumerable<string> files;
            try { files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList(); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            foreach (var file in files)
            {
                var extension = Path.GetExtension(file).ToLowerInvariant();
                if (extension is not (".ttf" or ".otf" or ".ttc")) continue;
                try { index.Add(file); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or EndOfStreamException) { }
            }
        }
        return index;
    }

    /// <summary>The family names found, for messages.</summary>
    public IEnumerable<string> Families => _order;

    /// <summary>The face of <paramref name="family"/> closest to the wanted style; null when the family is not installed.</summary>
    public FaceLocation? Find(string family, bool bold, bool italic)
    {
        if (!_families.TryGetValue(family, out var faces)) return null;
        var wanted = (bold, italic) switch { (true, true) => "Bold Italic", (true, false) => "Bold", (false, true) => "Italic", _ => "Regular" };
        return faces.FirstOrDefault(f => f.Style.Equals(wanted, StringComparison.OrdinalIgnoreCase)) is { Path: not null } exact ? exact
            : faces.FirstOrDefault(f => f.Style.Equals("Regular", StringComparison.OrdinalIgnoreCase)) is { Path: not null } regular ? regular
            : faces[0];
    }

    private void Add(string path)
    {
        using var stream = File.OpenRead(path);
        var header = Read(stream, 0, 12);
        var offsets = new List<long>();
        if (header.AsSpan(0, 4).SequenceEqual("ttcf"u8))
        {
            var count = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8));
            var table = Read(stream, 12, (int)Math.Min(count, 256) * 4);
            for (var i = 0; i < table.Length / 4; i++) offsets.Add(BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(4 * i)));
        }
        else offsets.Add(0);
        for (var i = 0; i < offsets.Count; i++)
        {
            var names = ReadNames(stream, offsets[i]);
            if (names is not { } found) continue;
            if (!_families.TryGetValue(found.Family, out var faces))
            {
                _families[found.Family] = faces = [];
                _order.Add(found.Family);
            }
            faces.Add(new FaceLocation(path, i, found.Style));
        }
    }

    // The family and style of the face whose offset table starts at `start`; null unless it has TrueType outlines
    // (glyf and loca tables), the only faces the PDF can embed (FontFace.HasOutlines).
    private static (string Family, string Style)? ReadNames(FileStream stream, long start)
    {
        var header = Read(stream, start, 12);
        int tables = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
        var directory = Read(stream, start + 12, tables * 16);
        long nameOffset = -1, nameLength = 0;
        bool hasGlyf = false, hasLoca = false;
        for (var t = 0; t < tables; t++)
        {
            var record = directory.AsSpan(16 * t);
            if (record[..4].SequenceEqual("glyf"u8)) hasGlyf = true;
            if (record[..4].SequenceEqual("loca"u8)) hasLoca = true;
            if (!record[..4].SequenceEqual("name"u8)) continue;
            nameOffset = BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            nameLength = BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
        }
        if (!hasGlyf || !hasLoca || nameOffset < 0 || nameLength > 1 << 20) return null;
        var name = Read(stream, nameOffset, (int)nameLength);
        var family = NameString(name, 16) ?? NameString(name, 1);
        var style = NameString(name, 17) ?? NameString(name, 2) ?? "Regular";
        if (style is "Book" or "Normal" or "Roman" or "Medium") style = "Regular";
        if (style is "Oblique") style = "Italic";
        if (style is "Bold Oblique") style = "Bold Italic";
        return family is null ? null : (family, style);
    }

    /// <summary>The English (or first Unicode) string with name ID <paramref name="id"/>.</summary>
    internal static string? NameString(ReadOnlySpan<byte> name, int id)
    {
        if (name.Length < 6) return null;
        int count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        int strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        string? fallback = null;
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= name.Length; i++)
        {
            var record = name[(6 + 12 * i)..];
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            int nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            int offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId != id || strings + offset + length > name.Length) continue;
            var bytes = name.Slice(strings + offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            if (platform == 3 && language == 0x409) return text;
            fallback ??= text;
        }
        return fallback;
    }

    private static byte[] Read(FileStream stream, long offset, int length)
    {
        var buffer = new byte[length];
        stream.Position = offset;
        stream.ReadExactly(buffer);
        return buffer;
    }
}
