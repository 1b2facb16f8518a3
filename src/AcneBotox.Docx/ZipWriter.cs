using System.Buffers.Binary;
using System.Text;

namespace AcneBotox.Docx;

/// <summary>
/// Writes a plain zip (deflated entries, no extras, no data descriptors) from entries already deflated.
/// Our own rather than ZipArchive's because it can take data deflated once and reused: the embedded
/// fonts are the same in every handout, and deflating them per document was most of a batch's DOCX time.
/// </summary>
internal static class ZipWriter
{
    private const ushort VersionNeeded = 20; // deflate
    private const ushort MethodDeflate = 8;

    /// <summary>Writes <paramref name="entries"/> in the order given, every one stamped with <paramref name="time"/>.</summary>
    public static void Write(Stream output, IReadOnlyList<(string Name, ZipEntryContent Content)> entries, DateTime time)
    {
        var (dosTime, dosDate) = DosDateTime(time);
        var central = new MemoryStream();
        long offset = 0;
        foreach (var (name, content) in entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            // Bit 11 says the name is UTF-8; part names are ASCII, so it stays clear as most writers leave it.
            var flags = (ushort)(nameBytes.Length == name.Length ? 0 : 0x0800);
            var local = new byte[30];
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(0), 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(4), VersionNeeded);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(6), flags);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(8), MethodDeflate);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(10), dosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(12), dosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(14), content.Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(18), (uint)content.Deflated.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(local.AsSpan(22), (uint)content.UncompressedLength);
            BinaryPrimitives.WriteUInt16LittleEndian(local.AsSpan(26), (ushort)nameBytes.Length);
            output.Write(local);
            output.Write(nameBytes);
            output.Write(content.Deflated);

            var header = new byte[46];
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0), 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(4), VersionNeeded); // made by: MS-DOS, 2.0
            local.AsSpan(4, 26).CopyTo(header.AsSpan(6));
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(42), checked((uint)offset));
            central.Write(header);
            central.Write(nameBytes);
            offset += local.Length + nameBytes.Length + content.Deflated.Length;
        }
        var centralBytes = central.ToArray();
        output.Write(centralBytes);

        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(0), 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)centralBytes.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), checked((uint)offset));
        output.Write(end);
    }

    private static (ushort Time, ushort Date) DosDateTime(DateTime t) =>
        ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)),
         (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
}
