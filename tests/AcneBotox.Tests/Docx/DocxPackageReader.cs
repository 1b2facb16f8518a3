using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AcneBotox.Tests.Docx;

/// <summary>Reads parts of a DOCX for assertions and validates it with the Open XML SDK.</summary>
public static class DocxPackageReader
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A part by its zip entry name, parsed.</summary>
    public static XDocument Part(byte[] docx, string entry)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var found = zip.GetEntry(entry) ?? throw new Xunit.Sdk.XunitException($"the package has no {entry}");
        using var stream = found.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The zip entries in stored order.</summary>
    public static IReadOnlyList<ZipArchiveEntry> Entries(byte[] docx) =>
        new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read).Entries.ToList();

    /// <summary>Every validation error against Office 2019, as readable lines.</summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>Paragraph style ids of the body, in order.</summary>
    public static IReadOnlyList<string?> ParagraphStyles(byte[] docx) =>
        Part(docx, "word/document.xml").Descendants(W + "p")
            .Select(p => p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value)
            .ToList();

    /// <summary>The text of a paragraph.</summary>
    public static string Text(XElement paragraph) => string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value));

    /// <summary>
    /// A part as stable, indented XML for golden files: attributes sorted, namespace declarations on the root only.
    /// </summary>
    public static string Normalized(byte[] docx, string entry)
    {
        var document = Part(docx, entry);
        var root = Sort(document.Root!);
        return root.ToString(SaveOptions.None) + "\n";
    }

    private static XElement Sort(XElement element) =>
        new(element.Name,
            element.Attributes().OrderBy(a => a.IsNamespaceDeclaration ? 0 : 1).ThenBy(a => a.Name.ToString(), StringComparer.Ordinal),
            element.Nodes().Select(n => n is XElement child ? Sort(child) : n));
}
