using System.Buffers.Binary;
using System.IO.Compression;

namespace AcneBotox.Tests.Images;

/// <summary>
/// Writes PNG files of every kind the format allows, for decoder tests: any colour type and bit depth,
/// a palette with transparency, Adam7 interlacing, and all five row filters (row y uses filter y % 5).
/// The pixels follow a pattern whose expected 8-bit RGBA value <see cref="Expected"/> computes independently.
/// </summary>
internal static class TestPng
{
    private static readonly (int X, int Y, int DX, int DY)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    /// <summary>Palette entries of the palette images (at most 16, so 4-bit indexes reach them all).</summary>
    public const int PaletteSize = 16;

    /// <summary>The PNG bytes of a <paramref name="width"/> x <paramref name="height"/> pattern image.</summary>
    public static byte[] Write(int width, int height, int colorType, int depth, bool interlaced = false)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = (byte)depth;
        header[9] = (byte)colorType;
        header[12] = (byte)(interlaced ? 1 : 0);
        Chunk(png, "IHDR", header);
        if (colorType == 3)
        {
            var count = Math.Min(PaletteSize, 1 << depth);
            Chunk(png, "PLTE", [.. Enumerable.Range(0, count).SelectMany(i => PaletteEntry(i)[..3])]);
            Chunk(png, "tRNS", [.. Enumerable.Range(0, count).Select(i => PaletteEntry(i)[3])]);
        }
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Fastest, leaveOpen: true))
        {
            if (!interlaced) WriteRows(zlib, colorType, depth, width, height, (x, y) => (x, y));
            else
                foreach (var (x0, y0, dx, dy) in Adam7)
                {
                    var w = (width - x0 + dx - 1) / dx;
                    var h = (height - y0 + dy - 1) / dy;
                    if (w > 0 && h > 0) WriteRows(zlib, colorType, depth, w, h, (x, y) => (x0 + x * dx, y0 + y * dy));
                }
        }
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The 8-bit RGBA a correct decoder gives for pixel (x, y) of the pattern.</summary>
    public static (byte R, byte G, byte B, byte A) Expected(int x, int y, int colorType, int depth)
    {
        if (colorType == 3)
        {
            var entry = PaletteEntry(Index(x, y, depth));
            return (entry[0], entry[1], entry[2], entry[3]);
        }
        var channels = colorType switch { 0 => 1, 2 => 3, 4 => 2, _ => 4 };
        var s = Enumerable.Range(0, channels).Select(c => To8(Sample(x, y, c, depth), depth)).ToArray();
        return colorType switch
        {
            0 => (s[0], s[0], s[0], 255),
            2 => (s[0], s[1], s[2], 255),
            4 => (s[0], s[0], s[0], s[1]),
            _ => (s[0], s[1], s[2], s[3]),
        };
    }

    private static byte[] PaletteEntry(int i) => [(byte)(i * 16), (byte)(255 - i * 15), (byte)(i * 7), (byte)(255 - i * 17)];

    private static int Index(int x, int y, int depth) => (x + 3 * y) % Math.Min(PaletteSize, 1 << depth);

    private static int Sample(int x, int y, int c, int depth) => (x * 7 + y * 13 + c * 29) % (1 << depth);

    private static byte To8(int sample, int depth) => depth switch
    {
        16 => (byte)(sample >> 8),
        8 => (byte)sample,
        _ => (byte)(sample * 255 / ((1 << depth) - 1)),
    };

    // Packs the samples of each row at the bit depth, filters the row and writes it.
    private static void WriteRows(Stream zlib, int colorType, int depth, int width, int height, Func<int, int, (int X, int Y)> at)
    {
        var channels = colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var stride = (width * channels * depth + 7) / 8;
        var step = Math.Max(1, channels * depth / 8);
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var row = new byte[stride];
            var bit = 0;
            for (var x = 0; x < width; x++)
            {
                var (px, py) = at(x, y);
                for (var c = 0; c < channels; c++)
                {
                    // 16-bit samples span the full range so their high byte varies too.
                    var value = colorType == 3 ? Index(px, py, depth) : Sample(px, py, c, depth);
                    if (depth == 16)
                    {
                        BinaryPrimitives.WriteUInt16BigEndian(row.AsSpan(bit / 8), (ushort)value);
                        bit += 16;
                    }
                    else if (depth == 8) row[bit / 8] = (byte)value;
                    else row[bit / 8] |= (byte)(value << (8 - depth - bit % 8));
                    if (depth <= 8) bit += depth;
                }
            }
            var filter = y % 5;
            zlib.WriteByte((byte)filter);
            zlib.Write(Filter(filter, row, previous, step));
            previous = row;
        }
    }

    private static byte[] Filter(int type, byte[] row, byte[] above, int step)
    {
        var output = new byte[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            int left = i >= step ? row[i - step] : 0, up = above[i], corner = i >= step ? above[i - step] : 0;
            var predictor = type switch
            {
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, corner),
                _ => 0,
            };
            output[i] = (byte)(row[i] - predictor);
        }
        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var word = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var name = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(name);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, AcneBotox.Core.Resources.Decoding.PngCrc.Of(name, data));
        png.Write(word);
    }
}
