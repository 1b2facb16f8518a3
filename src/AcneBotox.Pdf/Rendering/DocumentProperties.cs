using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using PdfSharp.Pdf;

namespace AcneBotox.Pdf.Rendering;

/// <summary>Document info, XMP and the trailer id: everything that describes the file, with nothing random in it.</summary>
internal static class DocumentProperties
{
    /// <summary>What PDFsharp writes as /Producer.</summary>
    public const string ProducerName = "PDFsharp 6.2.4";

    /// <summary>Sets title, author (organization), subject (summary), keywords (+ source SHA-256), dates and ids; returns the XMP packet to write.</summary>
    public static string Apply(PdfDocument pdf, Document document, HandoutSettings settings, DateTimeOffset timestamp, string language)
    {
        var meta = document.Metadata;
        var keywords = string.Join(", ", meta.Keywords.IsDefaultOrEmpty ? [] : meta.Keywords);
        var source = "source-sha256:" + meta.Provenance.Sha256;
        keywords = keywords.Length == 0 ? source : keywords + ", " + source;
        var info = pdf.Info;
        info.Title = meta.Title;
        info.Author = settings.Organization;
        if (!string.IsNullOrWhiteSpace(meta.Summary)) info.Subject = meta.Summary;
        info.Keywords = keywords;
        info.Creator = RenderContext.Generator;
        info.CreationDate = timestamp.UtcDateTime;
        info.ModificationDate = timestamp.UtcDateTime;

        var xmp = XmpPacket.Build(meta.Title, settings.Organization, meta.Summary, keywords, language,
            ProducerName, RenderContext.Generator, timestamp, meta.Provenance.Sha256);
        // The trailer /ID is random in PDFsharp; derive it from the content instead.
        // PDFsharp keeps it as a 16-character string of byte values.
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(meta.Provenance.Sha256 + "|" + xmp));
        var id = new string([.. hash.AsSpan(0, 16).ToArray().Select(b => (char)b)]);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        return xmp;
    }
}
