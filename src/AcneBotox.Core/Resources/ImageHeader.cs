using System.Buffers.Binary;

namespace AcneBotox.Core.Resources;

/// <summary>Reads type and pixel size from PNG and JPEG headers, trusting the signature, not the file name.</summary>
public static class ImageHeader
{
    /// <summary>The type and size, or <c>null</c> when the bytes are neither a PNG nor a JPEG.</summary>
    public static (string MediaType, int Width, int Height)? Read(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual(png) && bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            var width = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(16, 4));
            var height = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(20, 4));
            return ("image/png", width, height);
        }
        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8) return ReadJpeg(bytes);
        return null;
    }

    private static (string, int, int)? ReadJpeg(ReadOnlySpan<byte> bytes)
    {
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF) return null;
            var marker = bytes[i + 1];
            if (marker == 0xFF) { i++; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(i + 2, 2));
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(i + 5, 2));
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(i + 7, 2));
                return ("image/jpeg", width, height);
            }
            if (length < 2) return null;
            i += 2 + length;
        }
        return null;
    }
}
