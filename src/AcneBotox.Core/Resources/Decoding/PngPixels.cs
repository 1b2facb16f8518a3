using System.Buffers.Binary;

namespace AcneBotox.Core.Resources.Decoding;

/// <summary>
/// Turns one unfiltered PNG row of any colour type and bit depth into 8-bit RGBA: grey and palette
/// expanded, 16-bit samples reduced to their high byte, 1/2/4-bit samples scaled to 0..255, and the
/// tRNS chunk applied (a transparent grey or RGB value, or alpha per palette entry).
/// </summary>
internal sealed class PngPixels
{
    private readonly PngHeader _header;
    private readonly byte[] _paletteRgba = [];
    private readonly int? _transparentGrey;
    private readonly (int R, int G, int B)? _transparentRgb;

    public PngPixels(PngFile file)
    {
        _header = file.Header;
        var trns = file.Transparency;
        if (_header.ColorType == 3)
        {
            var palette = file.Palette!;
            _paletteRgba = new byte[256 * 4];
            for (var i = 0; i < palette.Length / 3; i++)
            {
                _paletteRgba[i * 4] = palette[i * 3];
                _paletteRgba[i * 4 + 1] = palette[i * 3 + 1];
                _paletteRgba[i * 4 + 2] = palette[i * 3 + 2];
                _paletteRgba[i * 4 + 3] = trns is not null && i < trns.Length ? trns[i] : (byte)255;
            }
        }
        else if (_header.ColorType == 0 && trns is { Length: >= 2 }) _transparentGrey = BinaryPrimitives.ReadUInt16BigEndian(trns);
        else if (_header.ColorType == 2 && trns is { Length: >= 6 })
            _transparentRgb = (BinaryPrimitives.ReadUInt16BigEndian(trns), BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(2)), BinaryPrimitives.ReadUInt16BigEndian(trns.AsSpan(4)));
    }

    /// <summary>True when some pixel may be transparent (an alpha channel or a tRNS chunk).</summary>
    public bool MayHaveAlpha => _header.ColorType is 4 or 6 || _transparentGrey is not null || _transparentRgb is not null
        || _header.ColorType == 3 && _paletteRgba.Where((_, i) => i % 4 == 3).Any(a => a != 255);

    /// <summary>Converts <paramref name="width"/> pixels of <paramref name="row"/> into <paramref name="rgba"/>.</summary>
    public void ToRgba(ReadOnlySpan<byte> row, int width, Span<byte> rgba)
    {
        var depth = _header.BitDepth;
        // The common forms without per-sample work: 8-bit RGBA as it is, 8-bit RGB without a transparent colour.
        if (depth == 8 && _header.ColorType == 6)
        {
            row[..(width * 4)].CopyTo(rgba);
            return;
        }
        if (depth == 8 && _header.ColorType == 2 && _transparentRgb is null)
        {
            for (int x = 0, i = 0, o = 0; x < width; x++, i += 3, o += 4)
            {
                rgba[o] = row[i];
                rgba[o + 1] = row[i + 1];
                rgba[o + 2] = row[i + 2];
                rgba[o + 3] = 255;
            }
            return;
        }
        for (var x = 0; x < width; x++)
        {
            var o = x * 4;
            switch (_header.ColorType)
            {
                case 0:
                {
                    var raw = Sample(row, x, depth);
                    var grey = Scale(raw, depth);
                    rgba[o] = rgba[o + 1] = rgba[o + 2] = grey;
                    rgba[o + 3] = raw == _transparentGrey ? (byte)0 : (byte)255;
                    break;
                }
                case 3:
                {
                    var index = Sample(row, x, depth);
                    _paletteRgba.AsSpan(index * 4, 4).CopyTo(rgba[o..]);
                    break;
                }
                case 2:
                {
                    int r = Sample(row, x * 3, depth), g = Sample(row, x * 3 + 1, depth), b = Sample(row, x * 3 + 2, depth);
                    rgba[o] = Scale(r, depth);
                    rgba[o + 1] = Scale(g, depth);
                    rgba[o + 2] = Scale(b, depth);
                    rgba[o + 3] = _transparentRgb == (r, g, b) ? (byte)0 : (byte)255;
                    break;
                }
                case 4:
                    rgba[o] = rgba[o + 1] = rgba[o + 2] = Scale(Sample(row, x * 2, depth), depth);
                    rgba[o + 3] = Scale(Sample(row, x * 2 + 1, depth), depth);
                    break;
                default:
                    for (var c = 0; c < 4; c++) rgba[o + c] = Scale(Sample(row, x * 4 + c, depth), depth);
                    break;
            }
        }
    }

    // The n-th sample of a row, at its bit depth (samples below 8 bits are packed high bit first).
    private static int Sample(ReadOnlySpan<byte> row, int n, int depth) => depth switch
    {
        8 => row[n],
        16 => row[n * 2] << 8 | row[n * 2 + 1],
        _ => row[n * depth / 8] >> (8 - depth - n * depth % 8) & ((1 << depth) - 1),
    };

    private static byte Scale(int sample, int depth) => depth switch
    {
        8 => (byte)sample,
        16 => (byte)(sample >> 8),
        _ => (byte)(sample * 255 / ((1 << depth) - 1)),
    };
}
