using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Readers;

namespace AcneBotox.Tests.Readers;

public class SourceDecoderTests
{
    private const string Sample = "Acne \u2013 what\u2019s new?\nLine two \U0001F600\n";

    private static string Decode(byte[] bytes, DiagnosticBag? diagnostics = null) =>
        SourceDecoder.Decode(new SourceFile("in.txt", bytes), diagnostics ?? new DiagnosticBag());

    [Fact]
    public void Utf8_with_and_without_bom_decodes_the_same()
    {
        Assert.Equal(Sample, Decode(Encoding.UTF8.GetBytes(Sample)));
        Assert.Equal(Sample, Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]));
    }

    [Fact]
    public void Utf16_little_and_big_endian_with_bom_decode()
    {
        Assert.Equal(Sample, Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]));
        Assert.Equal(Sample, Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]));
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\n\rb\n", "a\n\nb\n")]
    public void Line_breaks_are_normalised(string input, string expected) =>
        Assert.Equal(expected, Decode(Encoding.UTF8.GetBytes(input)));

    [Fact]
    public void Invalid_utf8_names_file_line_and_byte_offset()
    {
        byte[] bytes = [.. "ok\nline two \u00e9 "u8, 0xC3, 0x28, .. " tail"u8];
        var error = Assert.Throws<DocumentException>(() => Decode(bytes));
        Assert.Equal("reader.encoding", error.Diagnostic.Rule);
        Assert.Equal(2, error.Diagnostic.Line);
        Assert.StartsWith("in.txt:2: error: invalid UTF-8 at byte offset 15 (bytes 0xC3 0x28", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_counts_the_bom_in_the_offset()
    {
        var error = Assert.Throws<DocumentException>(() => Decode([0xEF, 0xBB, 0xBF, (byte)'a', 0xFF]));
        Assert.Contains("byte offset 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_text_is_an_error_not_mojibake()
    {
        var latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 au lait");
        Assert.Contains("byte offset 3", Assert.Throws<DocumentException>(() => Decode(latin1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_without_bom_is_rejected_with_advice()
    {
        var error = Assert.Throws<DocumentException>(() => Decode(Encoding.Unicode.GetBytes("Hello there, acne")));
        Assert.Contains("UTF-16 without a byte-order mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_with_unpaired_surrogate_or_odd_length_is_an_error()
    {
        Assert.Contains("unpaired surrogate", Assert.Throws<DocumentException>(() => Decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00])).Message, StringComparison.Ordinal);
        Assert.Contains("odd number of bytes", Assert.Throws<DocumentException>(() => Decode([0xFF, 0xFE, 0x41, 0x00, 0x42])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_removed_with_one_warning()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal("a\tb\nc d", Decode(Encoding.UTF8.GetBytes("a\tb\nc\u0007 \u0000d"), diagnostics));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(2, warning.Line);
        Assert.Contains("removed 2 control", warning.Message, StringComparison.Ordinal);
    }
}
