using System.Globalization;
using System.Text;
using System.Xml;
using AcneBotox.Core.Model;
using AcneBotox.Core.Writers;
using DocumentFormat.OpenXml.Packaging;
using Custom = DocumentFormat.OpenXml.CustomProperties;
using Extended = DocumentFormat.OpenXml.ExtendedProperties;
using VT = DocumentFormat.OpenXml.VariantTypes;

namespace AcneBotox.Docx;

/// <summary>
/// Core, extended and custom document properties. Core properties are written by hand into
/// <c>docProps/core.xml</c>: System.IO.Packaging's own core-properties part gets a random name.
/// </summary>
internal static class DocxProperties
{
    /// <summary>The custom property naming the source's SHA-256.</summary>
    public const string SourceShaProperty = "SourceSHA256";

    private const string CoreNs = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNs = "http://purl.org/dc/terms/";
    private const string XsiNs = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Adds the three property parts to the package.</summary>
    public static void Add(WordprocessingDocument package, Metadata metadata, RenderContext context, string language, string title)
    {
        var core = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using (var stream = core.GetStream(FileMode.Create)) WriteCore(stream, metadata, context, language, title);

        var app = package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp");
        app.Properties = new Extended.Properties(
            new Extended.Application { Text = RenderContext.Generator },
            new Extended.DocumentSecurity { Text = "0" },
            new Extended.Company { Text = XmlText.Clean(context.Settings.Organization) });

        var custom = package.AddNewPart<CustomFilePropertiesPart>("rIdCustom");
        custom.Properties = new Custom.Properties(
            new Custom.CustomDocumentProperty(new VT.VTLPWSTR { Text = metadata.Provenance.Sha256 })
            {
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                PropertyId = 2,
                Name = SourceShaProperty,
            });
    }

    private static void WriteCore(Stream stream, Metadata metadata, RenderContext context, string language, string title)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var xml = XmlWriter.Create(stream, settings);
        var stamp = context.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", CoreNs);
        xml.WriteAttributeString("xmlns", "dc", null, DcNs);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTermsNs);
        xml.WriteAttributeString("xmlns", "xsi", null, XsiNs);
        xml.WriteElementString("dc", "title", DcNs, XmlText.Clean(title));
        if (!string.IsNullOrWhiteSpace(metadata.Summary)) xml.WriteElementString("dc", "subject", DcNs, XmlText.Clean(metadata.Summary.Trim()));
        xml.WriteElementString("dc", "creator", DcNs, XmlText.Clean(context.Settings.Organization));
        if (!metadata.Keywords.IsDefaultOrEmpty) xml.WriteElementString("cp", "keywords", CoreNs, XmlText.Clean(string.Join(", ", metadata.Keywords)));
        xml.WriteElementString("dc", "language", DcNs, language);
        if (!string.IsNullOrWhiteSpace(metadata.Version)) xml.WriteElementString("cp", "version", CoreNs, XmlText.Clean(metadata.Version.Trim()));
        Date(xml, "created", stamp);
        Date(xml, "modified", stamp);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Date(XmlWriter xml, string name, string stamp)
    {
        xml.WriteStartElement("dcterms", name, DcTermsNs);
        xml.WriteAttributeString("xsi", "type", XsiNs, "dcterms:W3CDTF");
        xml.WriteString(stamp);
        xml.WriteEndElement();
    }
}
