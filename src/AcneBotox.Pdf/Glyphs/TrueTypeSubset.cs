using System.Buffers.Binary;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// Builds a TrueType font program holding only the glyphs a document uses. Glyph ids are kept (unused glyphs
/// become empty outlines and the font ends after the highest used id), so the PDF can address glyphs by their
/// original id through an identity CID-to-glyph map. Only the tables a PDF renderer needs are written.
/// </summary>
internal static class TrueTypeSubset
{
    private static readonly string[] CopiedTables = ["cvt ", "fpgm", "prep"];

    /// <summary>The subset font program of <paramref name="face"/> with <paramref name="used"/> (and their components).</summary>
    public static byte[] Build(FontFace face, IEnumerable<uint> used)
    {
        var head = face.Table("head");
        var hhea = face.Table("hhea");
        var maxp = face.Table("maxp");
        var loca = face.Table("loca");
        var glyf = face.Table("glyf");
        var hmtx = face.Table("hmtx");
        if (head.Length < 54 || hhea.Length < 36 || maxp.Length < 6 || loca.Length == 0 || hmtx.Length < 4)
            throw new InvalidDataException($"the font '{face.Source}' lacks a TrueType table the PDF needs (head {head.Length}, hhea {hhea.Length}, maxp {maxp.Length}, loca {loca.Length}, hmtx {hmtx.Length})");
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        int glyphCount = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34));

        (int Start, int End) Outline(int gid)
        {
            if (gid >= glyphCount) return (0, 0);
            var start = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * gid)) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * gid));
            var end = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * gid + 4)) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * gid + 2));
            return end > start && end <= glyf.Length ? (start, end) : (0, 0);
        }

        // Composite glyphs draw other glyphs: keep those too.
        var keep = new SortedSet<int> { 0 };
        var pending = new Stack<int>(used.Select(g => (int)g).Where(g => g < glyphCount));
        while (pending.Count > 0)
        {
            var gid = pending.Pop();
            if (!keep.Add(gid) && gid != 0) continue;
            foreach (var component in Components(glyf, Outline(gid)))
                if (component < glyphCount && !keep.Contains(component)) pending.Push(component);
        }

        var count = keep.Max + 1;
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (count + 1)];
        var newHmtx = new byte[4 * count];
        for (var gid = 0; gid < count; gid++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * gid), (uint)newGlyf.Length);
            if (keep.Contains(gid))
            {
                var (start, end) = Outline(gid);
                newGlyf.Write(glyf, start, end - start);
                while (newGlyf.Length % 4 != 0) newGlyf.WriteByte(0);
            }
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * Math.Min(gid, metrics - 1)));
            var bearing = gid < metrics ? BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan(4 * gid + 2))
                : 4 * metrics + 2 * (gid - metrics) + 2 <= hmtx.Length ? BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan(4 * metrics + 2 * (gid - metrics))) : (short)0;
            BinaryPrimitives.WriteUInt16BigEndian(newHmtx.AsSpan(4 * gid), advance);
            BinaryPrimitives.WriteInt16BigEndian(newHmtx.AsSpan(4 * gid + 2), bearing);
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * count), (uint)newGlyf.Length);

        head = (byte[])head.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checksum adjustment, set below
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long loca offsets
        hhea = (byte[])hhea.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)count);
        maxp = (byte[])maxp.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)count);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = newGlyf.ToArray(), ["head"] = head, ["hhea"] = hhea, ["hmtx"] = newHmtx, ["loca"] = newLoca, ["maxp"] = maxp,
        };
        foreach (var tag in CopiedTables)
            if (face.Table(tag) is { Length: > 0 } table) tables[tag] = table;
        return Assemble(tables);
    }

    private static IEnumerable<int> Components(byte[] glyf, (int Start, int End) outline)
    {
        if (outline.End - outline.Start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf.AsSpan(outline.Start)) >= 0) yield break;
        var at = outline.Start + 10;
        while (at + 4 <= outline.End)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(at));
            yield return BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(at + 2));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0) at += 2;
            else if ((flags & 0x0040) != 0) at += 4;
            else if ((flags & 0x0080) != 0) at += 8;
            if ((flags & 0x0020) == 0) yield break;
        }
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var searchRange = 1;
        var selector = 0;
        while (searchRange * 2 <= count) { searchRange *= 2; selector++; }
        searchRange *= 16;
        var headerLength = 12 + 16 * count;
        var total = headerLength + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var font = new byte[total];
        var span = font.AsSpan();
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)(count * 16 - searchRange));
        var offset = headerLength;
        var headOffset = 0;
        var index = 0;
        foreach (var (tag, data) in tables)
        {
            var record = span[(12 + 16 * index++)..];
            for (var i = 0; i < 4; i++) record[i] = (byte)tag[i];
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            if (tag == "head") headOffset = offset;
            data.CopyTo(span[offset..]);
            offset += (data.Length + 3) & ~3;
        }
        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++) word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }
}
