using System.Buffers.Binary;
using System.Text;

namespace AcneBotox.Core.Fonts;

/// <summary>
/// Horizontal metrics read from a TrueType file: advance widths by character and the vertical extents a line
/// needs. Enough to size text the way PDF and Word lay it out (no kerning, which neither applies when measuring).
/// </summary>
public sealed class FontMetrics
{
    private readonly Dictionary<int, int> _glyphs;
    private readonly ushort[] _advances;

    private FontMetrics(int unitsPerEm, int ascender, int descender, int lineGap, Dictionary<int, int> glyphs, ushort[] advances)
    {
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        LineGap = lineGap;
        _glyphs = glyphs;
        _advances = advances;
    }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>The ascender (hhea), in font units.</summary>
    public int Ascender { get; }

    /// <summary>The descender (hhea, negative below the baseline), in font units.</summary>
    public int Descender { get; }

    /// <summary>The extra gap between lines (hhea), in font units.</summary>
    public int LineGap { get; }

    /// <summary>The font's own line height as a factor of the font size (what "single" spacing means in Word).</summary>
    public double NaturalLineHeight => (Ascender - Descender + LineGap) / (double)UnitsPerEm;

    /// <summary>The advance width of <paramref name="text"/> at <paramref name="size"/> points, in points.</summary>
    public double Width(string text, double size)
    {
        ArgumentNullException.ThrowIfNull(text);
        long units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = _glyphs.GetValueOrDefault(rune.Value);
            units += _advances[Math.Min(glyph, _advances.Length - 1)];
        }
        return units * size / UnitsPerEm;
    }

    /// <summary>Reads the metrics of a TrueType or OpenType file.</summary>
    /// <exception cref="InvalidDataException">The file lacks a table these metrics need.</exception>
    public static FontMetrics Read(byte[] font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var data = font.AsSpan();
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        var count = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        for (var i = 0; i < count; i++)
        {
            var entry = data.Slice(12 + 16 * i, 16);
            tables[Encoding.ASCII.GetString(entry[..4])] =
                ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }
        ReadOnlySpan<byte> Table(string tag, ReadOnlySpan<byte> all) => tables.TryGetValue(tag, out var t)
            ? all.Slice(t.Offset, t.Length)
            : throw new InvalidDataException($"the font has no '{tag}' table");

        var head = Table("head", data);
        var hhea = Table("hhea", data);
        var hmtx = Table("hmtx", data);
        var metricCount = BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]);
        var advances = new ushort[Math.Max(1, (int)metricCount)];
        for (var g = 0; g < metricCount; g++) advances[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(4 * g)..]);
        return new FontMetrics(
            BinaryPrimitives.ReadUInt16BigEndian(head[18..]),
            BinaryPrimitives.ReadInt16BigEndian(hhea[4..]),
            BinaryPrimitives.ReadInt16BigEndian(hhea[6..]),
            BinaryPrimitives.ReadInt16BigEndian(hhea[8..]),
            UnicodeGlyphs(Table("cmap", data)),
            advances);
    }

    // The Unicode subtable: format 12 (full repertoire) when present, else format 4 (the Basic Multilingual Plane).
    private static Dictionary<int, int> UnicodeGlyphs(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + 8 * i, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode) continue;
            if (format == 12) format12 = offset;
            else if (format == 4 && format4 < 0) format4 = offset;
        }
        var glyphs = new Dictionary<int, int>();
        if (format12 >= 0)
        {
            var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap[(format12 + 12)..]);
            for (var g = 0; g < groups; g++)
            {
                var group = cmap.Slice(format12 + 16 + 12 * g, 12);
                var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
                var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var c = start; c <= end; c++) glyphs[c] = glyph + c - start;
            }
            return glyphs;
        }
        if (format4 < 0) throw new InvalidDataException("the font has no Unicode character map");
        var table = cmap[format4..];
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var ranges = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + 2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + 2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(ranges + 2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = ranges + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) glyphs[c] = glyph;
            }
        }
        return glyphs;
    }
}
