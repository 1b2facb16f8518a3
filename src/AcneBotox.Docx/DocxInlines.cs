using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Model = AcneBotox.Core.Model;

namespace AcneBotox.Docx;

/// <summary>
/// Turns model inlines into runs and hyperlinks. External links become real hyperlink relationships
/// (one per distinct target); <c>#anchor</c> links point at the heading's bookmark.
/// </summary>
internal sealed class DocxInlines(MainDocumentPart main, IReadOnlyDictionary<string, string> bookmarks, Core.Look.TypeScale type)
{
    private readonly Dictionary<string, string> _relationships = new(StringComparer.Ordinal);

    private readonly record struct Format(bool Bold, bool Italic, bool Code, bool Link, string? Language);

    /// <summary>The runs for <paramref name="inlines"/>, with optional extra run formatting (e.g. bold for a box title).</summary>
    /// <param name="inlines">The inlines.</param>
    /// <param name="bold">Set every run bold.</param>
    /// <param name="language">A language tag for every run, when it differs from the document's.</param>
    public IEnumerable<OpenXmlElement> Convert(ImmutableArray<Model.Inline> inlines, bool bold = false, string? language = null)
    {
        var output = new List<OpenXmlElement>();
        if (!inlines.IsDefaultOrEmpty) Append(output, inlines, new Format(bold, false, false, false, language));
        return output;
    }

    /// <summary>One plain run of text.</summary>
    public static Run PlainRun(string text, bool bold = false, string? language = null)
    {
        var run = new Run();
        var properties = new RunProperties();
        if (bold) properties.Append(new Bold(), new BoldComplexScript());
        if (language is not null) properties.Append(new Languages { Val = language });
        if (properties.HasChildren) run.Append(properties);
        run.Append(TextElement(text));
        return run;
    }

    private void Append(List<OpenXmlElement> output, ImmutableArray<Model.Inline> inlines, Format format)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Model.Text text:
                    if (text.Value.Length > 0) output.Add(Styled(format, TextElement(text.Value)));
                    break;
                case Model.Code code:
                    if (code.Value.Length > 0) output.Add(Styled(format with { Code = true }, TextElement(code.Value)));
                    break;
                case Model.LineBreak:
                    output.Add(Styled(format, new Break()));
                    break;
                case Model.Strong strong:
                    Append(output, strong.Inlines, format with { Bold = true });
                    break;
                case Model.Emphasis emphasis:
                    // Large print sets long emphasis in bold: italics are hard to read for more than a few words.
                    var italic = type.ItalicFor(Core.Model.ModelWalker.PlainText(emphasis.Inlines));
                    Append(output, emphasis.Inlines, italic ? format with { Italic = true } : format with { Bold = true });
                    break;
                case Model.Link link:
                    AppendLink(output, link, format);
                    break;
                default:
                    throw new InvalidOperationException($"the DOCX writer does not know inline {inline.GetType().Name}");
            }
        }
    }

    private void AppendLink(List<OpenXmlElement> output, Model.Link link, Format format)
    {
        var runs = new List<OpenXmlElement>();
        Append(runs, link.Inlines, format with { Link = true });
        var hyperlink = Target(link.Target);
        if (hyperlink is null)
        {
            // A target Word cannot link to keeps its text; nothing is lost, it is just not clickable.
            Append(output, link.Inlines, format);
            return;
        }
        hyperlink.Append(runs);
        output.Add(hyperlink);
    }

    private Hyperlink? Target(string target)
    {
        if (target.StartsWith('#'))
            return bookmarks.TryGetValue(target[1..], out var bookmark) ? new Hyperlink { Anchor = bookmark, History = true } : null;
        // The composition keeps only safe links; this guard keeps a hand-made handout from linking anywhere else.
        if (!Core.Composition.LinkPolicy.IsSafe(target) || !Uri.TryCreate(target, UriKind.Absolute, out var uri)) return null;
        if (!_relationships.TryGetValue(target, out var id))
        {
            id = "rIdLink" + (_relationships.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            main.AddHyperlinkRelationship(uri, true, id);
            _relationships.Add(target, id);
        }
        return new Hyperlink { Id = id, History = true };
    }

    private static Run Styled(Format format, OpenXmlElement content)
    {
        var properties = new RunProperties();
        if (format.Link) properties.Append(new RunStyle { Val = DocxStyleIds.Hyperlink });
        else if (format.Code) properties.Append(new RunStyle { Val = DocxStyleIds.Code });
        if (format.Link && format.Code)
            properties.Append(new RunFonts { Ascii = DocxLook.CodeFont, HighAnsi = DocxLook.CodeFont, ComplexScript = DocxLook.CodeFont });
        if (format.Bold) properties.Append(new Bold(), new BoldComplexScript());
        if (format.Italic) properties.Append(new Italic(), new ItalicComplexScript());
        if (format.Language is not null) properties.Append(new Languages { Val = format.Language });
        var run = new Run();
        if (properties.HasChildren) run.Append(properties);
        run.Append(content);
        return run;
    }

    private static Text TextElement(string value) => new(XmlText.Clean(value)) { Space = SpaceProcessingModeValues.Preserve };
}
