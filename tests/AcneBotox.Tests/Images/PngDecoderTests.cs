using AcneBotox.Core.Resources.Decoding;

namespace AcneBotox.Tests.Images;

/// <summary>Issue 12: every PNG the format allows decodes to the pixels it holds; a damaged one is refused with the reason.</summary>
public sealed class PngDecoderTests
{
    public static TheoryData<int, int, bool> Kinds()
    {
        var kinds = new TheoryData<int, int, bool>();
        (int Color, int[] Depths)[] allowed = [(0, [1, 2, 4, 8, 16]), (2, [8, 16]), (3, [1, 2, 4, 8]), (4, [8, 16]), (6, [8, 16])];
        foreach (var (color, depths) in allowed)
            foreach (var depth in depths)
                foreach (var interlaced in new[] { false, true })
                    kinds.Add(color, depth, interlaced);
        return kinds;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_colour_type_bit_depth_and_interlacing_decodes_to_the_pixels_it_holds(int colorType, int depth, bool interlaced)
    {
        // Odd sizes leave partial bytes at row ends and empty Adam7 passes.
        const int width = 13, height = 11;
        var png = TestPng.Write(width, height, colorType, depth, interlaced);

        var image = PngDecoder.Decode(png, maxSide: 1000, maxInterlacedPixels: 1000);

        Assert.Equal((width, height), (image.Width, image.Height));
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var o = (y * width + x) * 4;
                var expected = TestPng.Expected(x, y, colorType, depth);
                // A fully transparent pixel has no colour to keep.
                if (expected.A == 0) expected = (0, 0, 0, 0);
                Assert.Equal(expected, (image.Pixels[o], image.Pixels[o + 1], image.Pixels[o + 2], image.Pixels[o + 3]));
            }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_print_rendition_is_an_8_bit_png_with_the_same_pixels(int colorType, int depth, bool interlaced)
    {
        var decoded = PngDecoder.Decode(TestPng.Write(9, 7, colorType, depth, interlaced), 1000, 1000);

        var again = PngDecoder.Decode(PngEncoder.Encode(decoded), 1000, 1000);

        Assert.Equal(decoded.Pixels, again.Pixels);
        var written = PngFile.Parse(PngEncoder.Encode(decoded)).Header;
        Assert.Equal(8, written.BitDepth);
        Assert.Equal(decoded.HasAlpha ? 6 : 2, written.ColorType);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(33)]
    [InlineData(60)]
    [InlineData(90)]
    [InlineData(99)]
    public void A_truncated_png_is_refused_as_truncated(int percent)
    {
        var png = TestPng.Write(40, 30, 2, 8);
        var cut = png[..Math.Max(34, png.Length * percent / 100)];

        var refusal = Assert.Throws<ImageRefusedException>(() => PngDecoder.Decode(cut, 1000, 1000));

        Assert.Contains("truncated", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Damaged_compressed_data_is_refused_as_damaged()
    {
        var png = TestPng.Write(40, 30, 6, 8);
        var idat = png.AsSpan().IndexOf("IDAT"u8);
        for (var i = idat + 8; i < idat + 40; i++) png[i] ^= 0x5A;

        var refusal = Assert.Throws<ImageRefusedException>(() => PngDecoder.Decode(png, 1000, 1000));

        Assert.Matches("damaged|truncated", refusal.Message);
    }

    [Fact]
    public void A_huge_png_is_shrunk_while_decoding_so_memory_stays_at_its_printed_size()
    {
        var png = TestPng.Write(6000, 5000, 2, 8);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var image = PngDecoder.Decode(png, maxSide: 1200, maxInterlacedPixels: 1000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((1200, 1000), (image.Width, image.Height));
        // 30 megapixels would be 120 MB as RGBA; the result is 4.8 MB and a few rows.
        Assert.True(allocated < 16_000_000, $"decoding allocated {allocated:N0} bytes");
    }

    [Fact]
    public void An_interlaced_png_over_its_limit_is_refused_with_a_way_out()
    {
        var png = TestPng.Write(300, 200, 2, 8, interlaced: true);

        var refusal = Assert.Throws<ImageRefusedException>(() => PngDecoder.Decode(png, 1000, maxInterlacedPixels: 50_000));

        Assert.Contains("without interlacing", refusal.Message, StringComparison.Ordinal);
    }
}
