using AcneBotox.Core.Bidi;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Marks right-to-left text the way Word reads it, as Core's <see cref="TextDirection"/> decides: <c>w:bidi</c> on
/// paragraphs set from the right (Word then mirrors their indents and list numbers), <c>w:rtl</c> on runs whose
/// text is right to left (so Word uses the complex-script font and size for them), and <c>w:bidiVisual</c> on the
/// tables of a right-to-left document (first column on the right).
/// </summary>
internal static class DocxDirection
{
    /// <summary>Marks every paragraph, run and table under <paramref name="root"/>.</summary>
    public static void Apply(OpenXmlElement root, BaseDirection document)
    {
        foreach (var paragraph in root.Descendants<W.Paragraph>())
        {
            var text = string.Concat(paragraph.Descendants<W.Text>().Select(t => t.Text));
            if (TextDirection.ForParagraph(text, document) == BaseDirection.RightToLeft)
                (paragraph.ParagraphProperties ??= new W.ParagraphProperties()).BiDi = new W.BiDi();
            foreach (var run in paragraph.Descendants<W.Run>())
            {
                var runText = string.Concat(run.Elements<W.Text>().Select(t => t.Text));
                if (runText.Length == 0 || !TextDirection.HasRightToLeft(runText) || !TextDirection.IsRightToLeftText(runText)) continue;
                var properties = run.RunProperties ?? run.PrependChild(new W.RunProperties());
                properties.RightToLeftText = new W.RightToLeftText();
            }
        }
        if (document != BaseDirection.RightToLeft) return;
        foreach (var table in root.Descendants<W.Table>())
        {
            var properties = table.GetFirstChild<W.TableProperties>() ?? table.PrependChild(new W.TableProperties());
            properties.BiDiVisual = new W.BiDiVisual();
        }
    }
}
