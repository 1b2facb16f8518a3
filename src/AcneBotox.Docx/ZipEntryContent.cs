using System.IO.Compression;

namespace AcneBotox.Docx;

/// <summary>One zip entry's data, already deflated, with what the headers need to describe it.</summary>
internal sealed record ZipEntryContent(uint Crc, int UncompressedLength, byte[] Deflated)
{
    /// <summary>Deflates <paramref name="data"/> (raw deflate, as zip stores it).</summary>
    public static ZipEntryContent Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(data);
        return new ZipEntryContent(Crc32.Of(data), data.Length, buffer.ToArray());
    }
}
