using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using AcneBotox.Pdf.Glyphs;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// The embedded font programs made so far in this process, by face and glyph set: handouts of one batch often use
/// the same glyphs of a face (its headings' bold, a shared footer), and building and deflating the same subset again
/// was a tenth of a PDF's time. Same face and glyphs give the same bytes, so a kept program is the one that would be built.
/// </summary>
internal static class EmbeddedSubsets
{
    // A bound, not an eviction policy: each entry is one deflated subset (some kilobytes).
    private const int Limit = 128;

    private static readonly ConcurrentDictionary<(FontFace Face, string Glyphs), (int Length, byte[] Deflated, string Tag)> Made = new();

    /// <summary>
    /// The subset program of <paramref name="face"/> with <paramref name="used"/> (ascending glyph ids): its length
    /// before compression, its deflated bytes and the six-capital tag its bytes give it.
    /// </summary>
    public static (int Length, byte[] Deflated, string Tag) For(FontFace face, uint[] used)
    {
        // TrueType glyph ids are 16-bit, so one char per glyph names the set exactly.
        var key = (face, string.Create(used.Length, used, static (chars, ids) =>
        {
            for (var i = 0; i < ids.Length; i++) chars[i] = (char)ids[i];
        }));
        if (Made.TryGetValue(key, out var made)) return made;
        var program = TrueTypeSubset.Build(face, used);
        made = (program.Length, Deflate(program), SubsetTag(program));
        if (Made.Count < Limit) Made.TryAdd(key, made);
        return made;
    }

    // Six capitals from the subset's own bytes: the same glyphs give the same name, and no randomness enters.
    private static string SubsetTag(byte[] program)
    {
        var hash = SHA256.HashData(program);
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }
}
