namespace AcneBotox.Core.Resources.Decoding;

/// <summary>
/// Makes a JPEG one that PDFsharp 6.2.4 embeds as it is (DCT-encoded, nothing decoded). PDFsharp only
/// recognizes a JPEG whose first segment is a JFIF, Exif, APP2 or Photoshop header; CMYK files from many
/// programs start with an Adobe segment instead. An empty Exif segment is put in front then: decoders
/// take no colour information from Exif, so the image looks the same.
/// </summary>
internal static class JpegForPdf
{
    // APP1, length 22, "Exif\0\0", big-endian TIFF header, an IFD with no entries and no next IFD.
    private static ReadOnlySpan<byte> EmptyExif =>
        [0xFF, 0xE1, 0x00, 0x16, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0, (byte)'M', (byte)'M', 0, 0x2A, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0];

    /// <summary>The bytes PDFsharp accepts for <paramref name="jpeg"/>: empty when it accepts the file as it is.</summary>
    public static ReadOnlyMemory<byte> Prepare(ReadOnlySpan<byte> jpeg)
    {
        if (StartsWithKnownHeader(jpeg[2..])) return ReadOnlyMemory<byte>.Empty;
        var result = new byte[jpeg.Length + EmptyExif.Length];
        jpeg[..2].CopyTo(result);
        EmptyExif.CopyTo(result.AsSpan(2));
        jpeg[2..].CopyTo(result.AsSpan(2 + EmptyExif.Length));
        return result;
    }

    private static bool StartsWithKnownHeader(ReadOnlySpan<byte> segment) =>
        segment.Length >= 12 && segment[0] == 0xFF && (
            segment[1] == 0xE0 && segment[4..9].SequenceEqual("JFIF\0"u8)
            || segment[1] == 0xE1 && segment[4..10].SequenceEqual("Exif\0\0"u8) && (segment[10..12].SequenceEqual("MM"u8) || segment[10..12].SequenceEqual("II"u8)));
}
