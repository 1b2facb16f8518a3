using System.Xml.Linq;

namespace AcneBotox.Conformance.Tests.Parity;

/// <summary>
/// Resolves a Word run's effective text colour and background as Word does: direct formatting, then the
/// character style, the paragraph style and their basedOn chains, then the document defaults; the background is
/// the paragraph's shading (direct or styled), else the table cell's, else the header row's table-style shading,
/// else white. "auto" text is black.
/// </summary>
internal sealed class DocxStyleChain(XDocument styles)
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly Dictionary<string, XElement> _styles = styles.Descendants(W + "style")
        .Where(s => s.Attribute(W + "styleId") is not null)
        .ToDictionary(s => s.Attribute(W + "styleId")!.Value, StringComparer.Ordinal);

    /// <summary>The run's colour and background as #RRGGBB.</summary>
    public (string Color, string Background) Resolve(XElement run)
    {
        var paragraph = run.Ancestors(W + "p").First();
        var paragraphStyle = paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;
        var runStyle = run.Element(W + "rPr")?.Element(W + "rStyle")?.Attribute(W + "val")?.Value;
        var color = Val(run.Element(W + "rPr")?.Element(W + "color"))
            ?? Chain(runStyle, s => Val(s.Element(W + "rPr")?.Element(W + "color")))
            ?? Chain(paragraphStyle ?? "Normal", s => Val(s.Element(W + "rPr")?.Element(W + "color")))
            ?? Val(styles.Descendants(W + "rPrDefault").Descendants(W + "color").FirstOrDefault())
            ?? "auto";
        var background = Fill(paragraph.Element(W + "pPr")?.Element(W + "shd"))
            ?? Chain(paragraphStyle, s => Fill(s.Element(W + "pPr")?.Element(W + "shd")))
            ?? CellFill(paragraph)
            ?? "FFFFFF";
        return ("#" + (color == "auto" ? "000000" : color), "#" + background);
    }

    private string? CellFill(XElement paragraph)
    {
        var cell = paragraph.Ancestors(W + "tc").FirstOrDefault();
        if (cell is null) return null;
        var direct = Fill(cell.Element(W + "tcPr")?.Element(W + "shd"));
        if (direct is not null) return direct;
        var row = cell.Ancestors(W + "tr").First();
        var table = row.Ancestors(W + "tbl").First();
        if (row != table.Elements(W + "tr").First()) return null;
        var tableStyle = table.Element(W + "tblPr")?.Element(W + "tblStyle")?.Attribute(W + "val")?.Value;
        return Chain(tableStyle, s => Fill(s.Elements(W + "tblStylePr")
            .FirstOrDefault(p => p.Attribute(W + "type")?.Value == "firstRow")?.Element(W + "tcPr")?.Element(W + "shd")));
    }

    private string? Chain(string? styleId, Func<XElement, string?> read)
    {
        for (var depth = 0; styleId is not null && depth < 20 && _styles.TryGetValue(styleId, out var style); depth++)
        {
            if (read(style) is { } value) return value;
            styleId = style.Element(W + "basedOn")?.Attribute(W + "val")?.Value;
        }
        return null;
    }

    private static string? Val(XElement? color) => color?.Attribute(W + "val")?.Value;

    private static string? Fill(XElement? shading) =>
        shading?.Attribute(W + "fill")?.Value is { } fill && fill != "auto" ? fill : null;
}
