using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// Pins what PDFsharp 6.2.4 randomizes on save and cannot be told not to: the six-letter font subset tags
/// and its own XMP packet (random UUIDs, no <c>pdfuaid:part</c>). Works on the saved bytes and keeps the
/// cross-reference table exact, so the file stays valid.
/// </summary>
internal static partial class DeterministicOutput
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    /// <summary>Returns the file with subset tags derived from the face names and the XMP packet replaced by <paramref name="xmp"/>.</summary>
    public static byte[] Pin(byte[] pdf, string xmp)
    {
        var text = Latin1.GetString(pdf);
        text = SubsetTag().Replace(text, match => "/" + TagFor(match.Groups["face"].Value) + "+" + match.Groups["face"].Value);
        text = ReplaceMetadata(text, xmp);
        return Latin1.GetBytes(text);
    }

    private static string TagFor(string face)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(face));
        var tag = new StringBuilder(6);
        for (var i = 0; i < 6; i++) tag.Append((char)('A' + hash[i] % 26));
        return tag.ToString();
    }

    private static string ReplaceMetadata(string text, string xmp)
    {
        var catalog = CatalogMetadata().Match(text);
        if (!catalog.Success) throw new InvalidOperationException("the PDF has no catalog /Metadata to replace");
        var number = catalog.Groups["n"].Value;
        var header = new Regex($"\n{number} 0 obj\n<<(?<dict>[^>]*)>>\nstream\n", RegexOptions.CultureInvariant).Match(text);
        if (!header.Success) throw new InvalidOperationException("the PDF's metadata stream was not found");
        var dataStart = header.Index + header.Length;
        var dataEnd = text.IndexOf("\nendstream", dataStart, StringComparison.Ordinal);
        if (dataEnd < 0) throw new InvalidOperationException("the PDF's metadata stream has no end");

        var payload = Latin1.GetString(Encoding.UTF8.GetBytes(xmp));
        var newHeader = string.Create(CultureInfo.InvariantCulture, $"\n{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {payload.Length}>>\nstream\n");
        var rebuilt = string.Concat(text.AsSpan(0, header.Index), newHeader, payload, text.AsSpan(dataEnd));
        var delta = rebuilt.Length - text.Length;
        return delta == 0 ? rebuilt : ShiftOffsets(rebuilt, dataStart, delta);
    }

    // Objects after the replaced one moved by delta bytes: correct their xref entries and startxref.
    private static string ShiftOffsets(string text, int changedAt, int delta)
    {
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        var trailer = text.IndexOf("trailer", xref, StringComparison.Ordinal);
        if (xref < 0 || trailer < 0) throw new InvalidOperationException("the PDF has no classic cross-reference table");
        var table = XrefEntry().Replace(text[xref..trailer], entry =>
        {
            var offset = long.Parse(entry.Groups["offset"].Value, CultureInfo.InvariantCulture);
            if (offset > changedAt) offset += delta;
            return offset.ToString("D10", CultureInfo.InvariantCulture) + entry.Groups["rest"].Value;
        });
        var tail = StartXref().Replace(text[trailer..], m =>
            "startxref\n" + (long.Parse(m.Groups["offset"].Value, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture));
        return string.Concat(text.AsSpan(0, xref), table, tail);
    }

    [GeneratedRegex(@"/[A-Z]{6}\+(?<face>Atkinson[^/\]>\s]*)", RegexOptions.CultureInvariant)]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"/Type/Catalog[^>]*?/Metadata (?<n>\d+) 0 R", RegexOptions.CultureInvariant)]
    private static partial Regex CatalogMetadata();

    [GeneratedRegex(@"(?<offset>\d{10})(?<rest> \d{5} n)", RegexOptions.CultureInvariant)]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"startxref\s+(?<offset>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex StartXref();
}
