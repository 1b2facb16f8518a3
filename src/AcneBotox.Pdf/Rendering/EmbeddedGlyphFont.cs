using System.Globalization;
using System.Text;
using AcneBotox.Pdf.Glyphs;
using PdfSharp.Pdf;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// One face embedded as a Type0 font with an Identity-H encoding over a CIDFontType2 descendant: content streams
/// address glyphs by their ids (two bytes each), which is what shaped text needs. The font objects are created
/// when the face is first drawn (so pages can refer to them) and filled in by <see cref="Complete"/>, once every
/// used glyph is known: the subset program, the widths and the ToUnicode map.
/// </summary>
internal sealed class EmbeddedGlyphFont
{
    private readonly PdfDocument _document;
    private readonly PdfDictionary _type0;
    // Filled glyph by glyph while pages are drawn (hashed: a sorted set per glyph cost more than the rest of the
    // drawing); sorted once in Complete, so the font objects come out in glyph order as before.
    private readonly Dictionary<uint, string> _unicode = [];
    private readonly HashSet<uint> _used = [];

    /// <summary>Creates the (still empty) font objects for <paramref name="face"/>.</summary>
    public EmbeddedGlyphFont(PdfDocument document, FontFace face, string resourceName)
    {
        _document = document;
        Face = face;
        ResourceName = resourceName;
        _type0 = new PdfDictionary(document);
        document.Internals.AddObject(_type0);
    }

    /// <summary>The face this font embeds.</summary>
    public FontFace Face { get; }

    /// <summary>The name pages use for it in their <c>/Font</c> resources, with the leading slash.</summary>
    public string ResourceName { get; }

    /// <summary>The Type0 font dictionary pages refer to.</summary>
    public PdfDictionary Dictionary => _type0;

    /// <summary>
    /// Records that <paramref name="glyph"/> is drawn for <paramref name="text"/>. Returns false when the glyph
    /// already stands for other text, so the caller must give this occurrence its text another way (ActualText).
    /// </summary>
    public bool Use(uint glyph, string text)
    {
        _used.Add(glyph);
        if (text.Length == 0) return true;
        if (_unicode.TryGetValue(glyph, out var known)) return known == text;
        _unicode[glyph] = text;
        return true;
    }

    /// <summary>Writes the subset font program, widths and ToUnicode map.</summary>
    public void Complete()
    {
        var used = _used.Order().ToArray();
        var (length, deflated, tag) = EmbeddedSubsets.For(Face, used);
        var name = tag + "+" + Face.PostScriptName;
        var scale = 1000.0 / Face.UnitsPerEm;

        var file = new PdfDictionary(_document);
        _document.Internals.AddObject(file);
        // A copy: the kept bytes are shared with other documents, and a stream's value is the document's to change.
        file.CreateStream((byte[])deflated.Clone());
        file.Elements.SetName("/Filter", "/FlateDecode");
        file.Elements.SetInteger("/Length1", length);

        var descriptor = new PdfDictionary(_document);
        _document.Internals.AddObject(descriptor);
        descriptor.Elements.SetName("/Type", "/FontDescriptor");
        descriptor.Elements.SetName("/FontName", "/" + name);
        descriptor.Elements.SetInteger("/Flags", 4);
        descriptor.Elements["/FontBBox"] = new PdfArray(_document, [.. Face.BoundingBox.Select(v => new PdfInteger((int)Math.Round(v * scale)))]);
        descriptor.Elements.SetInteger("/ItalicAngle", 0);
        descriptor.Elements.SetInteger("/Ascent", (int)Math.Round(Face.Ascent * scale));
        descriptor.Elements.SetInteger("/Descent", -(int)Math.Round(Face.Descent * scale));
        descriptor.Elements.SetInteger("/CapHeight", (int)Math.Round(Face.Ascent * scale));
        descriptor.Elements.SetInteger("/StemV", 80);
        descriptor.Elements.SetReference("/FontFile2", file);

        var cidFont = new PdfDictionary(_document);
        _document.Internals.AddObject(cidFont);
        cidFont.Elements.SetName("/Type", "/Font");
        cidFont.Elements.SetName("/Subtype", "/CIDFontType2");
        cidFont.Elements.SetName("/BaseFont", "/" + name);
        var info = new PdfDictionary(_document);
        info.Elements.SetString("/Registry", "Adobe");
        info.Elements.SetString("/Ordering", "Identity");
        info.Elements.SetInteger("/Supplement", 0);
        cidFont.Elements["/CIDSystemInfo"] = info;
        cidFont.Elements.SetReference("/FontDescriptor", descriptor);
        cidFont.Elements.SetName("/CIDToGIDMap", "/Identity");
        cidFont.Elements["/W"] = Widths(used, scale);

        var toUnicode = new PdfDictionary(_document);
        _document.Internals.AddObject(toUnicode);
        toUnicode.CreateStream(Encoding.ASCII.GetBytes(ToUnicodeMap()));

        _type0.Elements.SetName("/Type", "/Font");
        _type0.Elements.SetName("/Subtype", "/Type0");
        _type0.Elements.SetName("/BaseFont", "/" + name);
        _type0.Elements.SetName("/Encoding", "/Identity-H");
        _type0.Elements["/DescendantFonts"] = new PdfArray(_document, cidFont.Reference!);
        _type0.Elements.SetReference("/ToUnicode", toUnicode);
    }

    // [first [w1 w2 ...] first [...]] for runs of consecutive used glyph ids.
    private PdfArray Widths(uint[] used, double scale)
    {
        var widths = new PdfArray(_document);
        PdfArray? group = null;
        var previous = -2L;
        foreach (var glyph in used)
        {
            if (glyph != previous + 1 || group is null)
            {
                widths.Elements.Add(new PdfInteger((int)glyph));
                group = new PdfArray(_document);
                widths.Elements.Add(group);
            }
            group.Elements.Add(new PdfInteger((int)Math.Round(Face.Advance(glyph) * scale)));
            previous = glyph;
        }
        return widths;
    }

    private string ToUnicodeMap()
    {
        var map = new StringBuilder();
        map.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        map.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        map.Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = _unicode.OrderBy(entry => entry.Key).ToList();
        for (var i = 0; i < entries.Count; i += 100)
        {
            var chunk = entries.Skip(i).Take(100).ToList();
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Count} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
                map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            map.Append("endbfchar\n");
        }
        map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend");
        return map.ToString();
    }
}
