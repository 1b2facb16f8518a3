using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// Saves a PDFsharp 6.2.4 document with nothing random in it, working only through PDFsharp's object
/// model: the saved bytes are never searched or edited, so no user text (which only ever reaches the
/// file as escaped strings and XML-escaped XMP) can be mistaken for PDF syntax.
/// </summary>
/// <remarks>
/// PDFsharp randomizes two things it cannot be told not to. Font subset tags come from
/// <c>Guid.NewGuid()</c> when a font is first used; they are plain name objects in the font
/// dictionaries, renamed here before saving. The XMP packet is built in <c>PdfDocument.PrepareForSave</c>
/// (random UUIDs, unescaped text, no <c>pdfuaid:part</c>) and that runs inside <c>Save</c>, right before
/// the file header is written: the first write to the output stream is therefore the one moment where
/// the catalog's <c>/Metadata</c> stream exists and none of it is written yet. Its content is replaced then.
/// </remarks>
internal static class DeterministicOutput
{
    private const int SubsetTagLength = 6;

    /// <summary>Pins the subset tags and saves <paramref name="pdf"/> with <paramref name="xmp"/> as its metadata stream into <paramref name="output"/>.</summary>
    /// <remarks>
    /// Straight into the caller's stream (the exporter's pooled buffer): a stream of our own, grown and then copied
    /// out, was a third of what saving a handout allocated.
    /// </remarks>
    public static void Save(PdfDocument pdf, string xmp, string seed, Stream output)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(output);
        PinSubsetTags(pdf, seed);
        var packet = Encoding.UTF8.GetBytes(xmp);
        var hooked = new FirstWriteHookStream(output, () => ReplaceMetadata(pdf, packet));
        pdf.Save(hooked, closeStream: false);
        if (!hooked.Fired) throw new InvalidOperationException("PDFsharp wrote nothing; the XMP packet was not set");
    }

    /// <summary>
    /// Gives every embedded font subset a tag derived from <paramref name="seed"/> and its face name instead of
    /// PDFsharp's random one. The same subset name is used by the Type0 font, its CIDFont and the font
    /// descriptor, so each distinct old name maps to one new name everywhere.
    /// </summary>
    internal static void PinSubsetTags(PdfDocument pdf, string seed)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Objects come in creation order, which depends only on the document being drawn.
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary) continue;
            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                if (dictionary.Elements.GetValue(key) is not PdfName name || SubsetFace(name.Value) is not { } face) continue;
                if (!renamed.TryGetValue(name.Value, out var pinned))
                {
                    pinned = NewSubsetName(seed, face, taken);
                    renamed.Add(name.Value, pinned);
                }
                dictionary.Elements.SetName(key, pinned);
            }
        }
    }

    // "/ABCDEF+Face" -> "Face"; null for a name that is not a subset name.
    private static string? SubsetFace(string name)
    {
        var span = name.AsSpan(name.StartsWith('/') ? 1 : 0);
        if (span.Length <= SubsetTagLength + 1 || span[SubsetTagLength] != '+') return null;
        foreach (var c in span[..SubsetTagLength])
            if (c is < 'A' or > 'Z') return null;
        return span[(SubsetTagLength + 1)..].ToString();
    }

    private static string NewSubsetName(string seed, string face, HashSet<string> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}|{face}|{attempt}"));
            var tag = new StringBuilder(SubsetTagLength);
            for (var i = 0; i < SubsetTagLength; i++) tag.Append((char)('A' + hash[i] % 26));
            var name = "/" + tag + "+" + face;
            if (taken.Add(name)) return name;
        }
    }

    private static void ReplaceMetadata(PdfDocument pdf, byte[] packet)
    {
        if (pdf.Internals.Catalog.Elements.GetDictionary("/Metadata") is not PdfMetadata metadata || metadata.Stream is null)
            throw new InvalidOperationException("PDFsharp created no catalog /Metadata stream before writing; the XMP packet cannot be set");
        // Setting the value also sets /Length; the stream has no filter.
        metadata.Stream.Value = packet;
    }
}
