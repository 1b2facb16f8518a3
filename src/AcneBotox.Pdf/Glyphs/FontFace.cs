using System.Buffers.Binary;
using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// One TrueType face the PDF can shape with and embed: its HarfBuzz font (scaled to font units, so shaped
/// advances are in font units), its metrics and its raw tables for subsetting. Faces are opened once and kept for
/// the life of the process (see <see cref="FontChain"/>), never disposed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "Faces live for the process; disposing one HarfBuzz wrapper can invalidate another sharing its handle.")]
internal sealed class FontFace
{
    private readonly Blob _blob;
    private readonly Face _face;
    private readonly HarfBuzzSharp.Font _font;
    private readonly Dictionary<int, bool> _otherCovers = [];
    private readonly Lock _gate = new();

    private readonly byte[] _data;
    private readonly int _index;
    private readonly int _offset;

    private FontFace(byte[] data, int index, Blob blob, Face face, string source)
    {
        _data = data;
        _index = index;
        _offset = 0;
        _blob = blob;
        _face = face;
        _font = new HarfBuzzSharp.Font(face);
        UnitsPerEm = face.UnitsPerEm;
        _font.SetScale(UnitsPerEm, UnitsPerEm);
        _font.SetFunctionsOpenType();
        Source = source;
        var hhea = Table("hhea");
        Ascent = hhea.Length >= 8 ? BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(4)) : UnitsPerEm * 0.8;
        Descent = hhea.Length >= 8 ? -BinaryPrimitives.ReadInt16BigEndian(hhea.AsSpan(6)) : UnitsPerEm * 0.2;
        PostScriptName = PdfSafe(FontFileIndex.NameString(Table("name"), 6)) ?? PdfSafe(Path.GetFileNameWithoutExtension(source)) ?? "Font";
        HasOutlines = Table("glyf").Length > 0 && Table("loca").Length > 0;
        var maxp = Table("maxp");
        _advances = new int[maxp.Length >= 6 ? BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4)) : 0];
        Array.Fill(_advances, UnknownAdvance);
        var head = Table("head");
        BoundingBox = head.Length >= 44
            ? [BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(36)), BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(38)),
               BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(40)), BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(42))]
            : [0, -Descent, UnitsPerEm, Ascent];
    }

    /// <summary>Where the face came from (a file path or an embedded resource name), for messages.</summary>
    public string Source { get; }

    /// <summary>The PostScript name (name ID 6), used as the PDF font name.</summary>
    public string PostScriptName { get; }

    /// <summary>Font units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Ascender above the baseline in font units (positive).</summary>
    public double Ascent { get; }

    /// <summary>Descender below the baseline in font units (positive).</summary>
    public double Descent { get; }

    /// <summary>The bounding box of all glyphs (xMin, yMin, xMax, yMax) in font units.</summary>
    public IReadOnlyList<double> BoundingBox { get; }

    /// <summary>True for TrueType outlines (<c>glyf</c>), the only kind the glyph layer embeds.</summary>
    public bool HasOutlines { get; }

    /// <summary>The HarfBuzz font, scaled to font units.</summary>
    internal HarfBuzzSharp.Font HarfBuzzFont => _font;

    /// <summary>Opens face <paramref name="index"/> of a font file's bytes (a collection holds several).</summary>
    public static FontFace Open(byte[] data, string source, int index = 0)
    {
        // The font's bytes live in native memory for the life of the process (faces are opened once and shared), so
        // no finalizer ever frees what HarfBuzz still reads.
        var native = Marshal.AllocHGlobal(data.Length);
        Marshal.Copy(data, 0, native, data.Length);
        var blob = new Blob(native, data.Length, MemoryMode.ReadOnly);
        blob.MakeImmutable();
        var face = new Face(blob, index);
        face.MakeImmutable();
        return new FontFace(data, index, blob, face, source);
    }

    /// <summary>True when the face maps <paramref name="codePoint"/> to a glyph.</summary>
    public bool Covers(int codePoint)
    {
        // Itemizing asks for every character of every text measured: the basic plane's answers are read without the
        // lock (a byte is written whole, so a reader sees either "not asked yet" or the answer).
        if ((uint)codePoint < BasicPlane)
        {
            var known = Volatile.Read(ref _basicCovers[codePoint]);
            if (known != NotAsked) return known == Covered;
        }
        lock (_gate)
        {
            // The basic plane's answers live in the array, the rest (emoji, rare ideographs) in the dictionary.
            if ((uint)codePoint < BasicPlane)
            {
                var known = _basicCovers[codePoint];
                if (known != NotAsked) return known == Covered;
            }
            else if (_otherCovers.TryGetValue(codePoint, out var other)) return other;
            var covered = _font.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0;
            if ((uint)codePoint < BasicPlane) Volatile.Write(ref _basicCovers[codePoint], covered ? Covered : NotCovered);
            else _otherCovers[codePoint] = covered;
            return covered;
        }
    }

    private const int BasicPlane = 0x10000;
    private const byte NotAsked = 0, Covered = 1, NotCovered = 2;
    private readonly byte[] _basicCovers = new byte[BasicPlane];

    /// <summary>The face's own glyph for <paramref name="codePoint"/>, or null when it has none.</summary>
    public uint? NominalGlyph(int codePoint)
    {
        lock (_gate) return _font.TryGetNominalGlyph(codePoint, out var glyph) && glyph != 0 ? glyph : null;
    }

    /// <summary>The unshaped advance of <paramref name="glyph"/> in font units.</summary>
    public int Advance(uint glyph)
    {
        // Asked for every glyph drawn: each glyph's answer is kept, read without the lock (an int is written whole).
        var advances = _advances;
        if (glyph < (uint)advances.Length)
        {
            var known = Volatile.Read(ref advances[glyph]);
            if (known != UnknownAdvance) return known;
        }
        lock (_gate)
        {
            var advance = _font.GetHorizontalGlyphAdvance(glyph);
            if (glyph < (uint)advances.Length) Volatile.Write(ref advances[glyph], advance);
            return advance;
        }
    }

    private const int UnknownAdvance = int.MinValue;
    private readonly int[] _advances;

    /// <summary>A copy of one table's bytes; empty when the face has no such table.</summary>
    public byte[] Table(string tag)
    {
        // Read from the file's own table directory rather than through HarfBuzzSharp, whose blob wrappers are shared
        // per native handle and go stale when one of them is disposed.
        var span = _data.AsSpan();
        var start = _offset;
        if (span.Length >= 16 && span[..4].SequenceEqual("ttcf"u8))
            start = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + 4 * _index)..]);
        int tables = BinaryPrimitives.ReadUInt16BigEndian(span[(start + 4)..]);
        for (var t = 0; t < tables; t++)
        {
            var record = span[(start + 12 + 16 * t)..];
            if (record[0] != tag[0] || record[1] != tag[1] || record[2] != tag[2] || record[3] != tag[3]) continue;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            return offset >= 0 && length >= 0 && (long)offset + length <= span.Length ? span.Slice(offset, length).ToArray() : [];
        }
        return [];
    }

    /// <summary>Shapes a buffer with this face, one caller at a time (HarfBuzz fonts are not thread-safe to share mutably).</summary>
    internal void Shape(HarfBuzzSharp.Buffer buffer, Feature[] features)
    {
        lock (_gate) _font.Shape(buffer, features);
    }

    // A PDF name may not hold delimiters or spaces; a font's PostScript name should not either, but is not trusted.
    private static string? PdfSafe(string? name)
    {
        if (name is null) return null;
        var clean = new string(name.Where(c => c is > ' ' and < '\u007f' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%' or '#')).ToArray());
        return clean.Length > 0 ? clean[..Math.Min(clean.Length, 60)] : null;
    }
}
