using System.Security.Cryptography;

namespace AcneBotox.Docx;

/// <summary>
/// ECMA-376 Part 1, 17.8.1 font obfuscation: the first 32 bytes of the font are XORed with the bytes of
/// the font key GUID (as written, read last byte first). The key is derived from the font's own hash, so
/// the output stays byte-identical from run to run.
/// </summary>
internal static class ObfuscatedFont
{
    /// <summary>A stable key for a font: its SHA-256's first 16 bytes, written as a braced upper-case GUID.</summary>
    public static string KeyFor(ReadOnlySpan<byte> font)
    {
        var hex = Convert.ToHexString(SHA256.HashData(font).AsSpan(0, 16));
        return "{" + hex[..8] + "-" + hex[8..12] + "-" + hex[12..16] + "-" + hex[16..20] + "-" + hex[20..] + "}";
    }

    /// <summary>The obfuscated copy of <paramref name="font"/> for <paramref name="key"/> (the same call undoes it).</summary>
    public static byte[] Apply(ReadOnlySpan<byte> font, string key)
    {
        var digits = key.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)
            .Replace("-", "", StringComparison.Ordinal);
        var guid = Convert.FromHexString(digits);
        if (guid.Length != 16) throw new ArgumentException($"font key '{key}' is not a GUID", nameof(key));
        var result = font.ToArray();
        for (var i = 0; i < Math.Min(32, result.Length); i++) result[i] ^= guid[15 - i % 16];
        return result;
    }
}
