using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using AcneBotox.Pdf.Fonts;

namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// The faces a handout's PDF draws with: Atkinson Hyperlegible first, then the fallback fonts in the order the
/// settings list them. Each grapheme cluster goes to the first face that has every character of it, so Latin
/// stays in Atkinson and only what Atkinson lacks comes from a fallback.
/// </summary>
internal sealed class FontChain
{
    private static readonly ConcurrentDictionary<(string Path, int Index), FontFace?> OpenFaces = new();
    // Each style is opened when a line first needs it: a handout without italics never reads the italic faces.
    private static readonly Lazy<FontFace>[] AtkinsonFaces =
        [.. Enum.GetValues<FontKind>().Select(kind => new Lazy<FontFace>(() => FontFace.Open(AtkinsonFontResolver.Load(FaceName(kind)), "Atkinson Hyperlegible")))];

    // The fallback fonts are looked up (the font folders scanned) only when a character first needs one, and a
    // fallback face is opened (its file read and handed to HarfBuzz) only when a character first needs that face:
    // most handouts never leave Atkinson, and the scan of the system font folders was a tenth of a one-article
    // native run, opening the default fallbacks more than the rest of it.
    private readonly Lazy<(IReadOnlyList<Lazy<FontFace?>>[] Faces, IReadOnlyList<string> Tried, IReadOnlyList<string> Missing)> _fallbacks;
    private readonly bool _hasFallbacks;

    private FontChain(Func<(IEnumerable<string> Families, FontFileIndex Index)>? fallbacks)
    {
        _hasFallbacks = fallbacks is not null;
        _fallbacks = new(() =>
        {
            var (families, index) = fallbacks?.Invoke() ?? ([], new FontFileIndex([]));
            return Resolve(families, index);
        });
    }

    /// <summary>Atkinson Hyperlegible alone, no fallback.</summary>
    public static FontChain AtkinsonOnly { get; } = new(null);

    /// <summary>
    /// Atkinson Hyperlegible, then the first installed face of each family in <paramref name="families"/>, looked up in
    /// <paramref name="index"/>. Families that are not installed are remembered for the warning about a missing glyph.
    /// </summary>
    public static FontChain Create(IEnumerable<string> families, FontFileIndex index)
    {
        ArgumentNullException.ThrowIfNull(families);
        ArgumentNullException.ThrowIfNull(index);
        return new FontChain(() => (families, index));
    }

    /// <summary>
    /// As <see cref="Create(IEnumerable{string}, FontFileIndex)"/>, with the families and their index made by
    /// <paramref name="fallbacks"/> the first time a character Atkinson lacks (or a message) needs them.
    /// </summary>
    public static FontChain Create(Func<(IEnumerable<string> Families, FontFileIndex Index)> fallbacks)
    {
        ArgumentNullException.ThrowIfNull(fallbacks);
        var once = new Lazy<(IEnumerable<string> Families, FontFileIndex Index)>(fallbacks);
        return new FontChain(() => once.Value);
    }

    private static (IReadOnlyList<Lazy<FontFace?>>[] Faces, IReadOnlyList<string> Tried, IReadOnlyList<string> Missing) Resolve(
        IEnumerable<string> families, FontFileIndex index)
    {
        var names = families.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var tried = new List<string> { AtkinsonFontResolver.FamilyName };
        var missing = new List<string>();
        var faces = new IReadOnlyList<Lazy<FontFace?>>[Enum.GetValues<FontKind>().Length];
        foreach (var kind in Enum.GetValues<FontKind>())
        {
            var list = new List<Lazy<FontFace?>> { AtkinsonSlot(kind) };
            foreach (var family in names)
            {
                var bold = kind is FontKind.Bold or FontKind.BoldItalic;
                var italic = kind is FontKind.Italic or FontKind.BoldItalic;
                // The index lists only faces with TrueType outlines, the faces Open accepts.
                if (index.Find(family, bold, italic) is { } location) list.Add(new Lazy<FontFace?>(() => Open(location)));
                else if (kind == FontKind.Regular) missing.Add(family);
            }
            faces[(int)kind] = list;
        }
        tried.AddRange(names.Where(n => !missing.Contains(n, StringComparer.OrdinalIgnoreCase)));
        return (faces, tried, missing);
    }

    /// <summary>The families that were found and are tried, in order (for messages).</summary>
    public IReadOnlyList<string> Tried => _fallbacks.Value.Tried;

    /// <summary>Configured fallback families that are not installed (for messages).</summary>
    public IReadOnlyList<string> MissingFamilies => _fallbacks.Value.Missing;

    /// <summary>The face whose metrics place a line of this kind: Atkinson Hyperlegible.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A chain's primary face: every chain starts with Atkinson, so it needs no instance data, but callers ask their chain.")]
    public FontFace Primary(FontKind kind) => Atkinson(kind);

    /// <summary>True once the fallback fonts have been looked up (the font folders scanned).</summary>
    internal bool FallbacksResolved => _fallbacks.IsValueCreated;

    /// <summary>How many fallback faces of this chain have been opened so far (each is opened when a character first needs it).</summary>
    internal int OpenedFallbacks => !_fallbacks.IsValueCreated ? 0
        : _fallbacks.Value.Faces.SelectMany(faces => faces.Skip(1)).Count(slot => slot.IsValueCreated);

    /// <summary>True when some face of the chain has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Covers(int codePoint)
    {
        if (Atkinson(FontKind.Regular).Covers(codePoint)) return true;
        if (!_hasFallbacks) return false;
        // Asked for every character a handout prints (the missing-glyph check): a loop, not a closure per call.
        var faces = _fallbacks.Value.Faces[(int)FontKind.Regular];
        for (var i = 1; i < faces.Count; i++)
            if (faces[i].Value?.Covers(codePoint) == true) return true;
        return false;
    }

    /// <summary>Splits <paramref name="text"/> into runs of one face each, in logical order.</summary>
    public List<(FontFace Face, int Start, int Length)> Itemize(string text, FontKind kind)
    {
        var runs = new List<(FontFace Face, int Start, int Length)>();
        // Most text is wholly in Atkinson: then every cluster would choose it, and the text is one run, found
        // without looking up the fallbacks. A chain whose fallbacks are all missing has only Atkinson to choose.
        if (!_hasFallbacks || text.Length == 0 || CoversAll(Atkinson(kind), text) || _fallbacks.Value.Faces[(int)kind].Count == 1)
        {
            runs.Add((Atkinson(kind), 0, text.Length));
            return runs;
        }
        var faces = _fallbacks.Value.Faces[(int)kind];
        var elements = StringInfo.ParseCombiningCharacters(text);
        FontFace? current = null;
        var start = 0;
        for (var e = 0; e < elements.Length; e++)
        {
            var from = elements[e];
            var to = e + 1 < elements.Length ? elements[e + 1] : text.Length;
            var face = Choose(faces, text, from, to, current);
            if (current is not null && face != current)
            {
                runs.Add((current, start, from - start));
                start = from;
            }
            current = face;
        }
        runs.Add((current ?? Atkinson(kind), start, text.Length - start));
        return runs;
    }

    // Neutral characters (spaces, punctuation, digits) stay with the face before them when it has them, so a run
    // of Arabic with a comma is shaped as one; everything else takes the first face that has all of it.
    private static FontFace Choose(IReadOnlyList<Lazy<FontFace?>> faces, string text, int from, int to, FontFace? current)
    {
        if (current is not null && IsNeutral(text, from, to) && CoversAll(current, text, from, to)) return current;
        foreach (var slot in faces)
            if (slot.Value is { } face && CoversAll(face, text, from, to)) return face;
        return current ?? faces[0].Value!;
    }

    private static bool IsNeutral(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (char.IsLetter(text[i]) || char.IsSurrogate(text[i])) return false;
        return true;
    }

    // The whole text in one face, surrogate pairs left to the cluster-by-cluster path.
    private static bool CoversAll(FontFace face, string text)
    {
        foreach (var c in text)
            if (char.IsSurrogate(c) || (!face.Covers(c) && !IsInvisible(c))) return false;
        return true;
    }

    private static bool CoversAll(FontFace face, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < to ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (codePoint > 0xFFFF) i++;
            if (IsInvisible(codePoint)) continue;
            if (!face.Covers(codePoint)) return false;
        }
        return true;
    }

    /// <summary>Joiners and variation selectors: shaping uses them, but a face need not have a glyph for them.</summary>
    public static bool IsInvisible(int codePoint) =>
        codePoint is 0x200C or 0x200D or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF) or 0x200E or 0x200F;

    private static FontFace Atkinson(FontKind kind) => AtkinsonFaces[(int)kind].Value;

    private static Lazy<FontFace?> AtkinsonSlot(FontKind kind) => new(() => Atkinson(kind));

    private static string FaceName(FontKind kind) =>
        AtkinsonFontResolver.FaceName(kind is FontKind.Bold or FontKind.BoldItalic, kind is FontKind.Italic or FontKind.BoldItalic);

    private static FontFace? Open(FontFileIndex.FaceLocation location) => OpenFaces.GetOrAdd((location.Path, location.Index), key =>
    {
        try
        {
            var face = FontFace.Open(File.ReadAllBytes(key.Path), key.Path, key.Index);
            return face.HasOutlines ? face : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    });
}
