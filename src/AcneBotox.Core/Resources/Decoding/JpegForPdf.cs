using System.Buffers.Binary;

namespace AcneBotox.Core.Resources.Decoding;

/// <summary>
/// Makes a JPEG one that PDFsharp 6.2.4 embeds as it is (DCT-encoded, nothing decoded). PDFsharp only
/// recognizes a JPEG whose first segment is a JFIF, Exif, APP2 or Photoshop header, and it walks the
/// segments by their lengths, so fill bytes (<c>FF FF</c>) before a marker throw it off. CMYK files from
/// many programs start with an Adobe segment instead: an empty Exif segment is put in front then (decoders
/// take no colour information from Exif, so the image looks the same), and fill bytes are dropped. The
/// compressed image data is never touched.
/// </summary>
internal static class JpegForPdf
{
    // APP1, length 22, "Exif\0\0", big-endian TIFF header, an IFD with no entries and no next IFD.
    private static ReadOnlySpan<byte> EmptyExif =>
        [0xFF, 0xE1, 0x00, 0x16, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'M', (byte)'M', 0, 0x2A, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0];

    /// <summary>The bytes PDFsharp accepts for <paramref name="jpeg"/> (already checked by <see cref="JpegFile.Parse"/>): empty when it accepts the file as it is.</summary>
    /// <exception cref="ImageRefusedException">When the file would still not be recognized.</exception>
    public static ReadOnlyMemory<byte> Prepare(byte[] jpeg)
    {
        var (headers, scanData, hadFill) = Split(jpeg);
        var known = StartsWithKnownHeader(headers.Span);
        if (known && !hadFill && PdfsharpRecognizes(jpeg)) return ReadOnlyMemory<byte>.Empty;

        using var rebuilt = new MemoryStream(jpeg.Length + EmptyExif.Length);
        rebuilt.Write([0xFF, 0xD8]);
        if (!known) rebuilt.Write(EmptyExif);
        rebuilt.Write(headers.Span);
        rebuilt.Write(jpeg.AsSpan(scanData));
        var result = rebuilt.ToArray();
        if (!PdfsharpRecognizes(result))
            throw new ImageRefusedException("its JPEG headers are laid out in a way the PDF library cannot read");
        return result;
    }

    // The segments from after SOI through the first SOS, without fill bytes, and where the scan data begins.
    private static (ReadOnlyMemory<byte> Headers, int ScanData, bool HadFill) Split(byte[] jpeg)
    {
        using var headers = new MemoryStream();
        var hadFill = false;
        var at = 2;
        while (at + 4 <= jpeg.Length)
        {
            if (jpeg[at + 1] == 0xFF)
            {
                hadFill = true;
                at++;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            headers.Write(jpeg.AsSpan(at, 2 + length));
            var marker = jpeg[at + 1];
            at += 2 + length;
            if (marker == 0xDA) return (headers.ToArray(), at, hadFill);
        }
        throw new ImageRefusedException("it is truncated (the JPEG file ends inside its headers)");
    }

    private static bool StartsWithKnownHeader(ReadOnlySpan<byte> segment) =>
        segment.Length >= 12 && segment[0] == 0xFF && (
            segment[1] == 0xE0 && segment[4..9].SequenceEqual("JFIF\0"u8) && BinaryPrimitives.ReadUInt16BigEndian(segment[2..]) >= 16
            || segment[1] == 0xE1 && segment[4..10].SequenceEqual("Exif\0\0"u8) && (segment[10..12].SequenceEqual("MM"u8) || segment[10..12].SequenceEqual("II"u8)));

    // PDFsharp's walk (ImageImporterJpeg.MoveToNextHeader): it needs a frame header and a scan header before
    // it meets a byte that is not a marker or the end of the file; any step past the end makes it give up.
    private static bool PdfsharpRecognizes(ReadOnlySpan<byte> jpeg)
    {
        bool frame = false, scan = false;
        var at = 2;
        while (true)
        {
            if (at + 4 > jpeg.Length) return false;
            if (jpeg[at] != 0xFF) return frame && scan;
            var type = jpeg[at + 1];
            if (type == 0xD9) return frame && scan;
            if (type is >= 0xC0 and <= 0xC3 or >= 0xC9 and <= 0xCB) frame = true;
            // It takes a scan header only when it names 1, 3 or 4 components and its length fits that.
            if (type == 0xDA && at + 5 <= jpeg.Length && jpeg[at + 4] is 1 or 3 or 4
                && BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]) == 6 + 2 * jpeg[at + 4]) scan = true;
            at += type is 0x00 or 0x01 or >= 0xD0 and <= 0xD7 ? 2 : 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
        }
    }
}
