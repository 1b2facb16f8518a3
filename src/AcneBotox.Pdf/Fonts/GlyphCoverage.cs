using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace AcneBotox.Pdf.Fonts;

/// <summary>
/// Knows which characters the embedded font can draw (from its <c>cmap</c> table) and replaces the
/// others: with a close equivalent when there is one, else with "?" and a warning naming the character,
/// so a reader never meets an invisible box.
/// </summary>
internal sealed class GlyphCoverage
{
    private static readonly Lazy<GlyphCoverage> Shared = new(() => new GlyphCoverage(AtkinsonFontResolver.Load(AtkinsonFontResolver.FaceName(false, false))));

    private static readonly Dictionary<int, string> Fallbacks = new()
    {
        [0x00A0] = " ", [0x2002] = " ", [0x2003] = " ", [0x2009] = " ", [0x202F] = " ", [0x200A] = " ",
        [0x2010] = "-", [0x2011] = "-", [0x2012] = "-", [0x2212] = "-", [0x2015] = "\u2014",
        [0x200B] = "", [0x200C] = "", [0x200D] = "", [0xFEFF] = "", [0x00AD] = "",
        [0x2018] = "'", [0x2019] = "'", [0x201C] = "\"", [0x201D] = "\"",
        [0x2192] = "->", [0x2190] = "<-", [0x2264] = "<=", [0x2265] = ">=", [0x2713] = "*", [0x2714] = "*",
        [0x25AA] = "\u2022", [0x25CF] = "\u2022", [0x25E6] = "\u2022", [0x2023] = "\u2022",
    };

    private readonly HashSet<int> _covered;

    private GlyphCoverage(byte[] font) => _covered = ReadCmap(font);

    /// <summary>The coverage of Atkinson Hyperlegible Regular (all four faces share one character set).</summary>
    public static GlyphCoverage Atkinson => Shared.Value;

    /// <summary>True when the font has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Covers(int codePoint) => _covered.Contains(codePoint);

    /// <summary>Returns <paramref name="text"/> with every character the font lacks replaced; <paramref name="missing"/> hears about each one.</summary>
    public string Clean(string text, Action<int> missing, Action<int, string>? substituted = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? result = null;
        for (var i = 0; i < text.Length; i++)
        {
            var (codePoint, length) = CodePointAt(text, i);
            var ok = codePoint >= 0 && (_covered.Contains(codePoint) || char.IsWhiteSpace(text[i]) && codePoint < 0x80);
            if (ok && result is null)
            {
                i += length - 1;
                continue;
            }
            result ??= new StringBuilder(text, 0, i, text.Length);
            if (ok) result.Append(text, i, length);
            else if (codePoint >= 0 && Fallbacks.TryGetValue(codePoint, out var fallback) && fallback.All(c => _covered.Contains(c) || c == ' '))
            {
                // Spaces and invisible marks change nothing a reader sees; a visible look-alike is an approximation.
                if (fallback.Trim().Length > 0) substituted?.Invoke(codePoint, fallback);
                result.Append(fallback);
            }
            else if (codePoint >= 0 && char.IsControl(text[i]))
                result.Append(' ');
            else
            {
                missing(codePoint < 0 ? text[i] : codePoint);
                result.Append('?');
            }
            i += length - 1;
        }
        return result?.ToString() ?? text;
    }

    private static (int CodePoint, int Length) CodePointAt(string text, int i)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            return (char.ConvertToUtf32(text[i], text[i + 1]), 2);
        return char.IsSurrogate(text[i]) ? (-1, 1) : (text[i], 1);
    }

    /// <summary>A character for a warning: <c>U+2605 '★'</c>.</summary>
    public static string Describe(int codePoint) =>
        string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}") +
        (codePoint is >= 0x20 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? $" '{char.ConvertFromUtf32(codePoint)}'" : "");

    private static HashSet<int> ReadCmap(byte[] font)
    {
        var span = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
        var cmap = -1;
        for (var t = 0; t < tables; t++)
        {
            var record = span[(12 + 16 * t)..];
            if (record[..4].SequenceEqual("cmap"u8)) cmap = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
        }
        if (cmap < 0) throw new InvalidOperationException("the embedded font has no cmap table");
        var covered = new HashSet<int>();
        var subtables = BinaryPrimitives.ReadUInt16BigEndian(span[(cmap + 2)..]);
        for (var s = 0; s < subtables; s++)
        {
            var offset = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(span[(cmap + 4 + 8 * s + 4)..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(span[offset..]);
            if (format == 4) ReadFormat4(span[offset..], covered);
            else if (format == 12) ReadFormat12(span[offset..], covered);
        }
        return covered;
    }

    private static void ReadFormat4(ReadOnlySpan<byte> table, HashSet<int> covered)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = table[(16 + 2 * segments)..];
        var deltas = table[(16 + 4 * segments)..];
        var rangeOffsets = table[(16 + 6 * segments)..];
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = 16 + 6 * segments + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = at + 1 < table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table[at..]) : 0;
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) covered.Add(c);
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> table, HashSet<int> covered)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table[(16 + 12 * g)..];
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
                if (glyph + (c - start) != 0) covered.Add((int)c);
        }
    }
}
