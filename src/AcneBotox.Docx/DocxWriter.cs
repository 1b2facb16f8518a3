using AcneBotox.Core.Model;
using AcneBotox.Core.Writers;
using AcneBotox.Core.Writers.Html;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Writes the Word handout: an editable DOCX with real Title/Heading styles, Word numbering for lists,
/// header and footer with page fields, document properties and the body font embedded. Output is
/// byte-identical for the same document and settings.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string Extension => "docx";

    /// <summary>Whether to embed Atkinson Hyperlegible (about 150 KB); on by default.</summary>
    public bool EmbedFonts { get; init; } = true;

    /// <inheritdoc />
    public WriteResult Write(Document document, RenderContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        using var package = new MemoryStream();
        var fontContents = BuildPackage(document, context, package);
        package.Position = 0;
        DeterministicZip.Normalize(package, output, context.Timestamp, fontContents);
        return WriteResult.None;
    }

    // Returns the embedded fonts' bytes by entry name; their parts are filled in by the zip rewrite.
    private IReadOnlyDictionary<string, byte[]> BuildPackage(Document document, RenderContext context, Stream stream)
    {
        var settings = context.Settings;
        var metadata = document.Metadata;
        var language = Language(metadata, context);
        var palette = BrandPalette.From(settings, context.Diagnostics, context.SourcePath);
        var look = new DocxLook(settings, language, palette.Text.TrimStart('#'), palette.Decoration.TrimStart('#'), palette.CalloutBackground.TrimStart('#'));
        var title = string.IsNullOrWhiteSpace(metadata.Title) ? Path.GetFileNameWithoutExtension(context.SourcePath) : metadata.Title.Trim();

        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        // An explicit relationship id: the SDK would otherwise pick a random one.
        var main = word.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Build(look);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocxSettings.Build(language, EmbedFonts);
        var fontTable = main.AddNewPart<FontTablePart>("rIdFontTable");
        var (fontReferences, fontContents) = EmbedFonts
            ? EmbeddedFonts.Add(fontTable)
            : ([], new Dictionary<string, byte[]>());
        fontTable.Fonts = DocxFonts.Build(fontReferences);
        var header = main.AddNewPart<HeaderPart>("rIdHeader");
        header.Header = DocxFurniture.Header(settings, language);
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = DocxFurniture.Footer(metadata, settings, language);

        var (_, pageHeight) = DocxUnits.PageSize(settings.Paper);
        var textWidth = DocxUnits.TextWidth(settings.Paper);
        var bookmarks = BookmarkNames.For(document);
        var inlines = new DocxInlines(main, bookmarks);
        var numbering = new DocxNumbering();
        var images = new DocxImages(main, textWidth * DocxUnits.EmuPerTwip, (pageHeight - 2 * DocxUnits.Inch) * DocxUnits.EmuPerTwip * 6 / 10);
        var blocks = new DocxBlocks(inlines, numbering, images, look, context, bookmarks);

        var body = new W.Body();
        body.Append(StyledParagraph(DocxStyleIds.Title, title));
        if (!string.IsNullOrWhiteSpace(metadata.Subtitle)) body.Append(StyledParagraph(DocxStyleIds.Subtitle, metadata.Subtitle.Trim()));
        body.Append(blocks.Render(document.Blocks));
        body.Append(Sources(metadata, blocks));
        body.Append(DocxFurniture.Closing(settings, language));
        body.Append(Section(settings.Paper));
        main.Document = new W.Document(body);

        if (numbering.IsUsed) main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
        DocxProperties.Add(word, metadata, context, language, title);
        return fontContents;
    }

    private static W.Paragraph StyledParagraph(string style, string text) =>
        new(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }), DocxInlines.PlainRun(XmlText.Clean(text)));

    // The reference list, like the HTML handout's: a "Sources" section with one bullet per citation.
    private static IEnumerable<OpenXmlElement> Sources(Metadata metadata, DocxBlocks blocks)
    {
        var sources = metadata.Sources.IsDefault ? [] : metadata.Sources.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (sources.Count == 0) return [];
        var items = sources.Select(s => s.Trim()).Select(s => (System.Collections.Immutable.ImmutableArray<Block>)
        [
            new Paragraph(s.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? [new Link(s, [new Text(s)])] : [new Text(s)]),
        ]);
        return blocks.Render([new Heading(1, [new Text("Sources")], "sources"), new BulletList([.. items])]);
    }

    private static W.SectionProperties Section(Core.Settings.Paper paper)
    {
        var (width, height) = DocxUnits.PageSize(paper);
        return new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = "rIdHeader" },
            new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = "rIdFooter" },
            new W.PageSize { Width = (uint)width, Height = (uint)height },
            new W.PageMargin
            {
                Top = DocxUnits.Inch, Bottom = DocxUnits.Inch, Left = (uint)DocxUnits.Inch, Right = (uint)DocxUnits.Inch,
                Header = 720U, Footer = 720U, Gutter = 0U,
            });
    }

    private static string Language(Metadata metadata, RenderContext context) =>
        OutputLanguage.Resolve(metadata, context, "docx.language", "the document", "en-US");
}
