using System.Collections.Concurrent;

namespace AcneBotox.Core.Fonts;

/// <summary>
/// The bundled handout font, Atkinson Hyperlegible (Braille Institute, SIL Open Font License 1.1, see
/// <c>OFL.txt</c> next to the files): its bytes, for the formats that embed it, and its advance widths, for the
/// formats that size things by their text (DOCX tables) without a PDF library to measure with.
/// </summary>
public static class HandoutFonts
{
    private static readonly ConcurrentDictionary<FontFace, byte[]> Files = new();
    private static readonly ConcurrentDictionary<FontFace, FontMetrics> Metrics = new();

    /// <summary>The file name of a face, as bundled.</summary>
    public static string FileName(FontFace face) => face switch
    {
        FontFace.Regular => "AtkinsonHyperlegible-Regular.ttf",
        FontFace.Bold => "AtkinsonHyperlegible-Bold.ttf",
        FontFace.Italic => "AtkinsonHyperlegible-Italic.ttf",
        FontFace.BoldItalic => "AtkinsonHyperlegible-BoldItalic.ttf",
        _ => throw new ArgumentOutOfRangeException(nameof(face), face, "no such face"),
    };

    /// <summary>The face for a weight and slant.</summary>
    public static FontFace FaceFor(bool bold, bool italic) =>
        (bold, italic) switch { (true, true) => FontFace.BoldItalic, (true, false) => FontFace.Bold, (false, true) => FontFace.Italic, _ => FontFace.Regular };

    /// <summary>The TrueType file of a face (shared; callers must not change it).</summary>
    public static byte[] Bytes(FontFace face) => Files.GetOrAdd(face, static f =>
    {
        var name = "AcneBotox.Core.Fonts." + FileName(f);
        using var stream = typeof(HandoutFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font resource {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>The metrics of a face.</summary>
    public static FontMetrics MetricsOf(FontFace face) => Metrics.GetOrAdd(face, static f => FontMetrics.Read(Bytes(f)));
}
