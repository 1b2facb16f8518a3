using AcneBotox.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// Keeps PDFsharp's structure builder in step with the structure element of each piece drawn: closes the
/// elements the piece is not inside, opens the ones it is. An element stays open across a page break.
/// </summary>
internal sealed class StructureStack(StructureBuilder builder)
{
    private readonly List<StructNode> _open = [];

    /// <summary>Makes <paramref name="node"/> the innermost open element; <paramref name="bounds"/> is an illustration's box in PDF page coordinates.</summary>
    public void Enter(StructNode node, XRect bounds)
    {
        var path = node.Path();
        var common = 0;
        while (common < _open.Count && common < path.Count && ReferenceEquals(_open[common], path[common])) common++;
        while (_open.Count > common)
        {
            builder.End();
            _open.RemoveAt(_open.Count - 1);
        }
        for (var i = common; i < path.Count; i++)
        {
            var element = path[i];
            if (element.IsGrouping) builder.BeginGroupingElement(element.Tag);
            else if (element.IsIllustration) builder.BeginIllustrationElement(element.Tag, element.AltText ?? "", bounds);
            else if (element.IsInline) builder.BeginInlineLevelElement(element.Tag);
            else builder.BeginBlockLevelElement(element.Tag);
            if (element.ListNumbering is { } numbering) SetListNumbering(numbering);
            // PDF/UA: a header cell says what it heads (our tables have one header row).
            if (element.Tag == "TH") builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
            _open.Add(element);
        }
    }

    // "/A << /O /List /ListNumbering /Decimal >>" (ISO 32000-1, 14.8.5.5): how a list's labels are numbered.
    private void SetListNumbering(string numbering)
    {
        var element = builder.CurrentStructureElement;
        var attributes = new PdfDictionary();
        attributes.Elements.SetName("/O", "/List");
        attributes.Elements.SetName("/ListNumbering", "/" + numbering);
        element.Elements.SetObject("/A", attributes);
    }

    /// <summary>Closes every open element.</summary>
    public void CloseAll()
    {
        while (_open.Count > 0)
        {
            builder.End();
            _open.RemoveAt(_open.Count - 1);
        }
    }
}
