using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace AcneBotox.Conformance.Tests.Print;

/// <summary>A text run of a Word document with its effective size and slant.</summary>
internal sealed record DocxRun(string Part, string Text, double Points, bool Italic);

/// <summary>
/// Every text run of a DOCX (body, header, footer) with its size and italic resolved as Word does: direct run
/// formatting, the character style chain, the paragraph style chain, the table style (for table text), then
/// the document defaults.
/// </summary>
internal static class DocxRunFormat
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<DocxRun> Read(string docx)
    {
        using var zip = ZipFile.OpenRead(docx);
        XDocument Part(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream);
        }
        var styles = Part("word/styles.xml");
        var byId = styles.Descendants(W + "style").ToDictionary(s => s.Attribute(W + "styleId")!.Value, StringComparer.Ordinal);
        var defaults = styles.Descendants(W + "rPrDefault").SingleOrDefault();

        T? Chain<T>(string? id, Func<XElement?, T?> read) where T : struct
        {
            for (var depth = 0; id is not null && depth < 20 && byId.TryGetValue(id, out var style); depth++)
            {
                if (read(style.Element(W + "rPr")) is { } value) return value;
                id = style.Element(W + "basedOn")?.Attribute(W + "val")?.Value;
            }
            return null;
        }
        static double? Size(XElement? rPr) => rPr?.Element(W + "sz")?.Attribute(W + "val") is { } v ? double.Parse(v.Value, CultureInfo.InvariantCulture) / 2 : null;
        static bool? Italic(XElement? rPr) => rPr?.Element(W + "i") is { } i ? i.Attribute(W + "val")?.Value is not ("0" or "false") : null;

        var runs = new List<DocxRun>();
        foreach (var name in zip.Entries.Select(e => e.FullName).Where(n => n == "word/document.xml" || n.StartsWith("word/header", StringComparison.Ordinal) || n.StartsWith("word/footer", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var run in Part(name).Descendants(W + "r"))
            {
                var text = string.Concat(run.Elements(W + "t").Select(t => t.Value));
                if (text.Trim().Length == 0) continue;
                var direct = run.Element(W + "rPr");
                var charStyle = direct?.Element(W + "rStyle")?.Attribute(W + "val")?.Value;
                var paragraphStyle = run.Ancestors(W + "p").First().Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value ?? "Normal";
                var tableStyle = run.Ancestors(W + "tbl").FirstOrDefault()?.Element(W + "tblPr")?.Element(W + "tblStyle")?.Attribute(W + "val")?.Value;
                var size = Size(direct) ?? Chain(charStyle, Size) ?? Chain(paragraphStyle, Size) ?? Chain(tableStyle, Size)
                    ?? Size(defaults?.Element(W + "rPr")) ?? 10;
                var italic = Italic(direct) ?? Chain(charStyle, Italic) ?? Chain(paragraphStyle, Italic) ?? Chain(tableStyle, Italic)
                    ?? Italic(defaults?.Element(W + "rPr")) ?? false;
                runs.Add(new DocxRun(name, text, size, italic));
            }
        }
        return runs;
    }
}
