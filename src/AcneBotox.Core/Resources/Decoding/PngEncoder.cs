using System.Buffers.Binary;
using System.IO.Compression;

namespace AcneBotox.Core.Resources.Decoding;

/// <summary>
/// Writes decoded pixels as the one PNG form every consumer handles: 8-bit RGB, or RGBA when some pixel is
/// transparent, not interlaced. Deterministic: the same pixels give the same bytes.
/// </summary>
internal static class PngEncoder
{
    /// <summary>The PNG bytes of <paramref name="image"/>.</summary>
    public static byte[] Encode(RgbaImage image)
    {
        var alpha = image.HasAlpha;
        var channels = alpha ? 4 : 3;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8;
        header[9] = (byte)(alpha ? 6 : 2);
        WriteChunk(png, "IHDR"u8, header);

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + image.Width * channels];
            for (var y = 0; y < image.Height; y++)
            {
                var source = image.Pixels.AsSpan(y * image.Width * 4, image.Width * 4);
                for (var x = 0; x < image.Width; x++)
                    source.Slice(x * 4, channels).CopyTo(row.AsSpan(1 + x * channels));
                zlib.Write(row);
            }
        }
        WriteChunk(png, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        png.Write(type);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, PngCrc.Of(type, data));
        png.Write(word);
    }
}
