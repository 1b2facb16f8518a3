using System.Globalization;
using System.Text;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// The XMP metadata packet: Dublin Core title/creator/description/subject, PDF keywords and producer,
/// dates, the source SHA-256 and the PDF/UA identification (<c>pdfuaid:part=1</c>, which PDFsharp 6.2.4 omits).
/// Written whole by us so nothing random (UUIDs, clock times) ends up in it.
/// </summary>
internal static class XmpPacket
{
    /// <summary>The packet as UTF-8 XML.</summary>
    public static string Build(string title, string author, string? subject, string keywords, string language,
        string producer, string creator, DateTimeOffset timestamp, string sourceSha256)
    {
        var date = timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var id = "uuid:" + DeterministicUuid(sourceSha256 + "|" + title + "|" + date);
        var xml = new StringBuilder();
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xml.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xml.Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
        xml.Append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
        xml.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        xml.Append("<dc:format>application/pdf</dc:format>\n");
        xml.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        xml.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (!string.IsNullOrWhiteSpace(subject))
            xml.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(subject)).Append("</rdf:li></rdf:Alt></dc:description>\n");
        xml.Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(language)).Append("</rdf:li></rdf:Bag></dc:language>\n");
        xml.Append("<dc:source>sha256:").Append(Escape(sourceSha256)).Append("</dc:source>\n");
        xml.Append("</rdf:Description>\n");
        xml.Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        xml.Append("<pdf:Producer>").Append(Escape(producer)).Append("</pdf:Producer>\n");
        xml.Append("<pdf:Keywords>").Append(Escape(keywords)).Append("</pdf:Keywords>\n</rdf:Description>\n");
        xml.Append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        xml.Append("<xmp:CreatorTool>").Append(Escape(creator)).Append("</xmp:CreatorTool>\n");
        xml.Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n");
        xml.Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n");
        xml.Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n</rdf:Description>\n");
        xml.Append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n");
        xml.Append("<xmpMM:DocumentID>").Append(id).Append("</xmpMM:DocumentID>\n");
        xml.Append("<xmpMM:InstanceID>").Append(id).Append("</xmpMM:InstanceID>\n</rdf:Description>\n");
        xml.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return xml.ToString();
    }

    /// <summary>A UUID derived from content (version 8 bits set), so the same input always gets the same id.</summary>
    public static string DeterministicUuid(string seed)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    /// <summary>
    /// Text as XML character data: markup characters escaped, and every character XML 1.0 cannot carry
    /// (C0 controls other than tab, line feed and carriage return, unpaired surrogates, U+FFFE, U+FFFF) left out,
    /// as are C1 controls and DEL, which XML allows but no reader of the packet wants.
    /// </summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
                continue;
            }
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&apos;"); break;
                // As references, so user text never starts a line of the PDF file (line-based recovery parsers).
                case '\t': escaped.Append("&#9;"); break;
                case '\n': escaped.Append("&#10;"); break;
                case '\r': escaped.Append("&#13;"); break;
                default:
                    if (!char.IsControl(c) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')) escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
