using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace AcneBotox.Pdf.Fonts;

/// <summary>
/// Serves Atkinson Hyperlegible from this assembly's embedded resources, so output never depends on
/// the fonts installed on the machine. Every family name resolves to it: there is no other font to fall back to.
/// </summary>
internal sealed class AtkinsonFontResolver : IFontResolver
{
    /// <summary>The family name the layout asks for.</summary>
    public const string FamilyName = "Atkinson Hyperlegible";

    private static readonly Lock Gate = new();
    private static bool _installed;
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <summary>Installs the resolver process-wide (PDFsharp allows one), once.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (_installed) return;
            GlobalFontSettings.FontResolver = new AtkinsonFontResolver();
            _installed = true;
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(FaceName(bold, italic));

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, Load);

    /// <summary>The resource face name for a style.</summary>
    public static string FaceName(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => "AtkinsonHyperlegible-BoldItalic",
        (true, false) => "AtkinsonHyperlegible-Bold",
        (false, true) => "AtkinsonHyperlegible-Italic",
        _ => "AtkinsonHyperlegible-Regular",
    };

    /// <summary>The bytes of one face's TrueType file.</summary>
    public static byte[] Load(string faceName)
    {
        var name = $"AcneBotox.Pdf.Fonts.{faceName}.ttf";
        using var stream = typeof(AtkinsonFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font '{name}' is missing from the build");
        // One array of the resource's length, read straight in (a growing copy allocated the face three times over).
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
