using System.Buffers.Binary;

namespace AcneBotox.Core.Resources.Decoding;

/// <summary>
/// What a JPEG file is, read from its markers without decoding: the frame size, components and coding.
/// Refuses what PDF's DCT filter cannot show (12-bit, lossless, hierarchical and arithmetic-coded frames)
/// and a file that ends before its end-of-image marker (truncated).
/// </summary>
internal sealed record JpegFile(int Width, int Height, int Components, bool Progressive)
{
    /// <summary>True when the bytes start with a JPEG start-of-image marker.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF;

    /// <summary>Reads the markers; throws <see cref="ImageRefusedException"/> for a JPEG we cannot embed.</summary>
    public static JpegFile Parse(ReadOnlySpan<byte> bytes)
    {
        if (!HasSignature(bytes)) throw new ImageRefusedException("it is not a JPEG file");
        JpegFile? frame = null;
        var at = 2;
        while (true)
        {
            if (at + 4 > bytes.Length) throw new ImageRefusedException("it is truncated (the JPEG file ends inside its headers)");
            if (bytes[at] != 0xFF) throw new ImageRefusedException("it is damaged (a JPEG marker is missing)");
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (length < 2 || at + 2 + length > bytes.Length) throw new ImageRefusedException("it is truncated (a JPEG segment is cut off)");
            var segment = bytes.Slice(at + 4, length - 2);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC) frame = Frame(marker, segment);
            if (marker == 0xDA)
            {
                if (frame is null) throw new ImageRefusedException("it is damaged (its JPEG image data comes before the frame header)");
                if (!HasEndMarker(bytes[(at + 2 + length)..])) throw new ImageRefusedException("it is truncated (the JPEG file has no end-of-image marker)");
                return frame;
            }
            if (marker == 0xD9) throw new ImageRefusedException("it is damaged (the JPEG file ends before any image data)");
            at += 2 + length;
        }
    }

    private static JpegFile Frame(byte marker, ReadOnlySpan<byte> segment)
    {
        if (marker is not (0xC0 or 0xC1 or 0xC2))
            throw new ImageRefusedException("it uses a lossless, hierarchical or arithmetic-coded JPEG variant that PDF readers cannot show (save it as a baseline or progressive JPEG)");
        if (segment.Length < 6) throw new ImageRefusedException("it is damaged (its JPEG frame header is too short)");
        if (segment[0] != 8) throw new ImageRefusedException($"it has {segment[0]}-bit JPEG samples; PDF readers show only 8-bit JPEGs (save it as an ordinary JPEG)");
        var height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
        int components = segment[5];
        if (width == 0 || height == 0) throw new ImageRefusedException("its JPEG frame header gives no size");
        if (components is not (1 or 3 or 4)) throw new ImageRefusedException($"it has {components} colour components; only grey, RGB and CMYK JPEGs are supported");
        return new JpegFile(width, height, components, marker == 0xC2);
    }

    // Entropy-coded data escapes 0xFF as FF 00 and restart markers are FF D0..D7, so FF D9 is the end of image.
    private static bool HasEndMarker(ReadOnlySpan<byte> scans)
    {
        for (var i = scans.IndexOf((byte)0xFF); i >= 0 && i + 1 < scans.Length; i = NextFf(scans, i + 1))
            if (scans[i + 1] == 0xD9) return true;
        return false;
    }

    private static int NextFf(ReadOnlySpan<byte> bytes, int from)
    {
        var next = bytes[from..].IndexOf((byte)0xFF);
        return next < 0 ? -1 : from + next;
    }
}
