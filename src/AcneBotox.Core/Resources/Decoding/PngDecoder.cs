using System.IO.Compression;

namespace AcneBotox.Core.Resources.Decoding;

/// <summary>
/// Decodes any valid PNG (every colour type and bit depth, palette, tRNS, Adam7 interlacing) from bytes
/// already in memory to 8-bit RGBA, shrunk on the way to at most <c>maxSide</c> pixels on its longer side.
/// A truncated or damaged file is an <see cref="ImageRefusedException"/> saying so.
/// </summary>
internal static class PngDecoder
{
    private static readonly (int X, int Y, int DX, int DY)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    /// <summary>Decodes <paramref name="bytes"/>; an interlaced image (decoded whole before scaling) may have at most <paramref name="maxInterlacedPixels"/> pixels.</summary>
    public static RgbaImage Decode(ReadOnlyMemory<byte> bytes, int maxSide, long maxInterlacedPixels)
    {
        var file = PngFile.Parse(bytes.Span);
        var header = file.Header;
        var (width, height) = ImageScale.Fit(header.Width, header.Height, maxSide);
        var scaler = new BoxScaler(header.Width, header.Height, width, height);
        var pixels = new PngPixels(file);
        try
        {
            using var data = new ZLibStream(new ChunkedDataStream(bytes, file.DataChunks), CompressionMode.Decompress);
            if (!header.Interlaced)
            {
                var rgba = new byte[header.Width * 4];
                ReadRows(data, header, header.Width, header.Height, (row, y) =>
                {
                    if (!scaler.Wants(y)) return;
                    pixels.ToRgba(row, header.Width, rgba);
                    scaler.AddRow(rgba, y);
                });
            }
            else
            {
                if ((long)header.Width * header.Height > maxInterlacedPixels)
                    throw new ImageRefusedException($"it is an interlaced PNG of {header.Width}x{header.Height} px; interlaced images may have at most {maxInterlacedPixels / 1_000_000} megapixels (save it without interlacing)");
                var whole = new byte[header.Width * header.Height * 4];
                foreach (var (x0, y0, dx, dy) in Adam7)
                {
                    var passWidth = (header.Width - x0 + dx - 1) / dx;
                    var passHeight = (header.Height - y0 + dy - 1) / dy;
                    if (passWidth <= 0 || passHeight <= 0) continue;
                    var rgba = new byte[passWidth * 4];
                    ReadRows(data, header, passWidth, passHeight, (row, y) =>
                    {
                        pixels.ToRgba(row, passWidth, rgba);
                        var target = (y0 + y * dy) * header.Width;
                        for (var x = 0; x < passWidth; x++)
                            rgba.AsSpan(x * 4, 4).CopyTo(whole.AsSpan((target + x0 + x * dx) * 4));
                    });
                }
                for (var y = 0; y < header.Height; y++) scaler.AddRow(whole.AsSpan(y * header.Width * 4, header.Width * 4), y);
            }
        }
        catch (InvalidDataException)
        {
            throw new ImageRefusedException("it is damaged (its compressed PNG data is invalid)");
        }
        return scaler.Finish();
    }

    // Reads and unfilters rows of one (sub)image, handing each to the callback.
    private static void ReadRows(Stream data, PngHeader header, int width, int height, Action<byte[], int> row)
    {
        var stride = header.RowBytes(width);
        if (stride > Array.MaxLength - 1) throw new ImageRefusedException("its rows are too long");
        var step = header.FilterStep;
        var current = new byte[stride];
        var previous = new byte[stride];
        Span<byte> filter = stackalloc byte[1];
        for (var y = 0; y < height; y++)
        {
            if (!Fill(data, filter) || !Fill(data, current)) throw new ImageRefusedException("it is truncated (its PNG image data ends early)");
            Unfilter(filter[0], current, previous, step);
            row(current, y);
            (current, previous) = (previous, current);
        }
    }

    private static bool Fill(Stream data, Span<byte> buffer)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var n = data.Read(buffer[done..]);
            if (n == 0) return false;
            done += n;
        }
        return true;
    }

    private static void Unfilter(byte type, Span<byte> row, ReadOnlySpan<byte> above, int step)
    {
        switch (type)
        {
            case 0: break;
            case 1:
                for (var i = step; i < row.Length; i++) row[i] += row[i - step];
                break;
            case 2:
                for (var i = 0; i < row.Length; i++) row[i] += above[i];
                break;
            case 3:
                for (var i = 0; i < row.Length; i++) row[i] += (byte)(((i >= step ? row[i - step] : 0) + above[i]) >> 1);
                break;
            case 4:
                for (var i = 0; i < row.Length; i++)
                    row[i] += Paeth(i >= step ? row[i - step] : (byte)0, above[i], i >= step ? above[i - step] : (byte)0);
                break;
            default:
                throw new ImageRefusedException($"it is damaged (unknown PNG row filter {type})");
        }
    }

    private static byte Paeth(byte a, byte b, byte c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
