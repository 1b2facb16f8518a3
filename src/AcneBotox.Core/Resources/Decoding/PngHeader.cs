using System.Buffers.Binary;

namespace AcneBotox.Core.Resources.Decoding;

/// <summary>The IHDR facts a decoder needs, checked against the PNG specification.</summary>
internal sealed record PngHeader(int Width, int Height, int BitDepth, int ColorType, bool Interlaced)
{
    /// <summary>Samples per pixel for the colour type (grey 1, RGB 3, palette 1, grey+alpha 2, RGBA 4).</summary>
    public int Channels => ColorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };

    /// <summary>Bytes in one unfiltered row of <paramref name="width"/> pixels.</summary>
    public long RowBytes(int width) => ((long)width * Channels * BitDepth + 7) / 8;

    /// <summary>Bytes per complete pixel for the filters (at least 1).</summary>
    public int FilterStep => Math.Max(1, Channels * BitDepth / 8);

    /// <summary>Reads and checks the 13 IHDR bytes.</summary>
    public static PngHeader Parse(ReadOnlySpan<byte> ihdr)
    {
        if (ihdr.Length != 13) throw new ImageRefusedException("its PNG header is damaged");
        var width = BinaryPrimitives.ReadInt32BigEndian(ihdr);
        var height = BinaryPrimitives.ReadInt32BigEndian(ihdr[4..]);
        int depth = ihdr[8], color = ihdr[9];
        if (width <= 0 || height <= 0) throw new ImageRefusedException("its PNG header gives no size");
        var allowed = color switch
        {
            0 => depth is 1 or 2 or 4 or 8 or 16,
            3 => depth is 1 or 2 or 4 or 8,
            2 or 4 or 6 => depth is 8 or 16,
            _ => false,
        };
        if (!allowed) throw new ImageRefusedException($"its PNG colour type {color} with {depth}-bit samples is not valid PNG");
        if (ihdr[10] != 0 || ihdr[11] != 0 || ihdr[12] > 1) throw new ImageRefusedException("its PNG header names an unknown compression, filter or interlace method");
        return new PngHeader(width, height, depth, color, ihdr[12] == 1);
    }
}
