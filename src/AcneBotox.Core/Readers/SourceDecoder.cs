using System.Buffers.Binary;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Readers;

/// <summary>
/// Turns a source file's bytes into text every reader can trust: UTF-8 (with or without BOM) or
/// UTF-16 LE/BE with a BOM, line breaks normalised to <c>\n</c>, characters no output format can
/// carry (C0/C1 controls, non-characters) removed with a warning. Bytes that are not valid in the
/// detected encoding are an error naming the byte offset, never mojibake.
/// </summary>
public static class SourceDecoder
{
    private const string Rule = "reader.encoding";

    /// <summary>Decodes <paramref name="source"/>; throws <see cref="DocumentException"/> on invalid bytes.</summary>
    public static string Decode(SourceFile source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bytes = source.Bytes.Span;
        string raw;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) raw = DecodeUtf8(source, bytes[3..], 3);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) raw = DecodeUtf16(source, bytes[2..], bigEndian: false);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) raw = DecodeUtf16(source, bytes[2..], bigEndian: true);
        else
        {
            RejectBomlessUtf16(source, bytes);
            raw = DecodeUtf8(source, bytes, 0);
        }
        return RemoveUnrepresentable(source, NormaliseLineBreaks(raw), diagnostics);
    }

    private static string DecodeUtf8(SourceFile source, ReadOnlySpan<byte> bytes, int bomLength)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var offset = bomLength + read;
                var bad = bytes.Slice(read, Math.Min(4, bytes.Length - read));
                var shown = string.Join(' ', bad.ToArray().Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));
                throw new DocumentException(Rule,
                    $"invalid UTF-8 at byte offset {offset} (bytes {shown})",
                    source.Path, LineOf(chars.AsSpan(0, written)),
                    "save the file as UTF-8 (or UTF-16 with a byte-order mark) and try again");
            }
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string DecodeUtf16(SourceFile source, ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var name = bigEndian ? "UTF-16 BE" : "UTF-16 LE";
        if (bytes.Length % 2 != 0)
            throw new DocumentException(Rule, $"{name} file has an odd number of bytes; its last byte (offset {bytes.Length + 1}) is cut off",
                source.Path, suggestion: "the file is truncated or not UTF-16; save it again as UTF-8");
        var text = new StringBuilder(bytes.Length / 2);
        for (var i = 0; i < bytes.Length; i += 2)
        {
            var unit = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[i..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[i..]);
            var ch = (char)unit;
            var paired = char.IsHighSurrogate(ch)
                ? i + 3 < bytes.Length && char.IsLowSurrogate((char)(bigEndian
                    ? BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..])
                    : BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i + 2)..])))
                : !char.IsLowSurrogate(ch);
            if (!paired)
                throw new DocumentException(Rule, $"invalid {name} at byte offset {i + 2} (an unpaired surrogate 0x{unit:X4})",
                    source.Path, LineOf(text.ToString()), "save the file as UTF-8 and try again");
            text.Append(ch);
            if (char.IsHighSurrogate(ch))
            {
                i += 2;
                text.Append((char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes[i..]) : BinaryPrimitives.ReadUInt16LittleEndian(bytes[i..])));
            }
        }
        return text.ToString();
    }

    // UTF-16 without a BOM is valid UTF-8 full of NUL bytes; decoding it would give garbage.
    private static void RejectBomlessUtf16(SourceFile source, ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        if (sample.Length < 4) return;
        var nuls = sample.Count((byte)0);
        if (nuls * 4 >= sample.Length)
            throw new DocumentException(Rule, $"the file looks like UTF-16 without a byte-order mark (NUL byte at offset {sample.IndexOf((byte)0)})",
                source.Path, 1, "save the file as UTF-8, or as UTF-16 with a byte-order mark");
    }

    private static string NormaliseLineBreaks(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\u2028', '\n')
            .Replace('\u2029', '\n');

    private static string RemoveUnrepresentable(SourceFile source, string text, DiagnosticBag diagnostics)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length && firstBad < 0; i++)
            if (IsUnrepresentable(text[i])) firstBad = i;
        if (firstBad < 0) return text;

        var kept = new StringBuilder(text.Length);
        var removed = 0;
        foreach (var ch in text)
        {
            if (IsUnrepresentable(ch)) removed++;
            else kept.Append(ch);
        }
        var firstCode = ((int)text[firstBad]).ToString("X4", CultureInfo.InvariantCulture);
        diagnostics.Warn(Rule,
            $"removed {removed} control or non-character code point(s) that no handout format can hold (first: U+{firstCode})",
            source.Path, LineOf(text.AsSpan(0, firstBad)));
        return kept.ToString();
    }

    // XML 1.0 (DOCX) and HTML both forbid these; a tab stays (readers treat it as a space).
    private static bool IsUnrepresentable(char ch) =>
        ch is '\uFFFE' or '\uFFFF' or '\uFEFF'
        || (char.IsControl(ch) && ch is not '\n' and not '\t');

    private static int LineOf(ReadOnlySpan<char> decodedPrefix)
    {
        var line = 1;
        for (var i = 0; i < decodedPrefix.Length; i++)
        {
            if (decodedPrefix[i] == '\n') line++;
            else if (decodedPrefix[i] == '\r' && (i + 1 >= decodedPrefix.Length || decodedPrefix[i + 1] != '\n')) line++;
        }
        return line;
    }
}
