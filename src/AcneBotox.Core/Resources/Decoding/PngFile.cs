using System.Buffers.Binary;

namespace AcneBotox.Core.Resources.Decoding;

/// <summary>
/// The chunks of a PNG file that decoding needs: header, palette, transparency and where the image data
/// lies. Every length is checked against the bytes there are, so a truncated file is named as such.
/// </summary>
internal sealed class PngFile
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngFile(PngHeader header, byte[]? palette, byte[]? transparency, List<Range> data)
    {
        Header = header;
        Palette = palette;
        Transparency = transparency;
        DataChunks = data;
    }

    /// <summary>The checked IHDR.</summary>
    public PngHeader Header { get; }

    /// <summary>PLTE entries as RGB triples, or null.</summary>
    public byte[]? Palette { get; }

    /// <summary>The tRNS chunk's bytes, or null.</summary>
    public byte[]? Transparency { get; }

    /// <summary>Where the IDAT chunks' data lie in the file, in order.</summary>
    public IReadOnlyList<Range> DataChunks { get; }

    /// <summary>True when the bytes start with the PNG signature.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Signature);

    /// <summary>Reads the chunk list; throws <see cref="ImageRefusedException"/> for a damaged or truncated file.</summary>
    public static PngFile Parse(ReadOnlySpan<byte> bytes)
    {
        if (!HasSignature(bytes)) throw new ImageRefusedException("it is not a PNG file");
        PngHeader? header = null;
        byte[]? palette = null, transparency = null;
        var data = new List<Range>();
        var at = Signature.Length;
        while (true)
        {
            if (at + 8 > bytes.Length) throw new ImageRefusedException("it is truncated (the PNG file ends before its last chunk)");
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);
            var type = bytes.Slice(at + 4, 4);
            var start = at + 8;
            // Data plus its 4-byte CRC must be there.
            if (length > int.MaxValue || start + (long)length + 4 > bytes.Length)
                throw new ImageRefusedException("it is truncated (a PNG chunk is cut off)");
            var body = bytes.Slice(start, (int)length);
            if (header is null && !type.SequenceEqual("IHDR"u8)) throw new ImageRefusedException("its PNG header is missing");
            if (type.SequenceEqual("IHDR"u8)) header = PngHeader.Parse(body);
            else if (type.SequenceEqual("PLTE"u8))
            {
                if (body.Length % 3 != 0 || body.Length == 0 || body.Length > 256 * 3) throw new ImageRefusedException("its PNG palette is damaged");
                palette = body.ToArray();
            }
            else if (type.SequenceEqual("tRNS"u8)) transparency = body.ToArray();
            else if (type.SequenceEqual("IDAT"u8)) data.Add(new Range(start, start + (int)length));
            else if (type.SequenceEqual("IEND"u8)) break;
            at = start + (int)length + 4;
        }
        if (data.Count == 0) throw new ImageRefusedException("it has no PNG image data");
        if (header!.ColorType == 3 && palette is null) throw new ImageRefusedException("its PNG palette is missing");
        return new PngFile(header, palette, transparency, data);
    }
}
