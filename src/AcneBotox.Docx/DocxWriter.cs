using AcneBotox.Core.Model;
using AcneBotox.Core.Writers;
using AcneBotox.Core.Composition;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Writes the Word handout: an editable DOCX with real Title/Heading styles, Word numbering for lists,
/// header and footer with page fields, document properties and, when the settings ask, the body font embedded. Output is
/// byte-identical for the same document and settings.
/// </summary>
public sealed class DocxWriter : IDocumentWriter
{
    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public string Extension => "docx";

    /// <summary>
    /// Whether to embed Atkinson Hyperlegible (124 KB of obfuscated font parts); <c>null</c>, the default, follows
    /// the settings' <c>docx.embedFonts</c> (off unless set).
    /// </summary>
    public bool? EmbedFonts { get; init; }

    /// <inheritdoc />
    public WriteResult Write(ComposedHandout handout, RenderContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(handout);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        using var package = new MemoryStream();
        var fontContents = BuildPackage(handout, context, package);
        package.Position = 0;
        DeterministicZip.Normalize(package, output, context.Timestamp, fontContents);
        return WriteResult.None;
    }

    // Returns the embedded fonts' bytes by entry name; their parts are filled in by the zip rewrite.
    private IReadOnlyDictionary<string, byte[]> BuildPackage(ComposedHandout handout, RenderContext context, Stream stream)
    {
        var language = handout.Language;
        var look = new DocxLook(handout.Look, language);
        var settingsLanguage = string.Equals(context.Settings.Language, language, StringComparison.OrdinalIgnoreCase)
            || !Core.Model.LanguageTags.IsWellFormed(context.Settings.Language) ? null : context.Settings.Language;

        using var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        // Stored, not deflated: DeterministicZip reads every part back and deflates it once for the real file, so
        // compressing here only cost a deflate and an inflate per part (same output bytes either way).
        word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        // An explicit relationship id: the SDK would otherwise pick a random one.
        var main = word.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = DocxStyles.Build(look);
        var embedFonts = EmbedFonts ?? context.Settings.DocxEmbedFonts;
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = DocxSettings.Build(language, embedFonts);
        var fontTable = main.AddNewPart<FontTablePart>("rIdFontTable");
        var (fontReferences, fontContents) = embedFonts
            ? EmbeddedFonts.Add(fontTable)
            : ([], new Dictionary<string, byte[]>());
        fontTable.Fonts = DocxFonts.Build(fontReferences);
        var direction = Core.Bidi.TextDirection.ForDocument(language);
        var header = DocxFurniture.Header(handout.Pages, settingsLanguage);
        var footer = DocxFurniture.Footer(handout.Pages);
        DocxDirection.Apply(header, direction);
        DocxDirection.Apply(footer, direction);
        main.AddNewPart<HeaderPart>("rIdHeader").Header = header;
        main.AddNewPart<FooterPart>("rIdFooter").Footer = footer;

        var (_, pageHeight) = DocxUnits.PageSize(look.Paper);
        var textWidth = DocxUnits.TextWidth(look.Paper);
        var bookmarks = BookmarkNames.For([.. handout.Body, .. handout.Sources]);
        var inlines = new DocxInlines(main, bookmarks, look.Type);
        var numbering = new DocxNumbering();
        var images = new DocxImages(main, textWidth * DocxUnits.EmuPerTwip, (pageHeight - 2 * DocxUnits.Inch) * DocxUnits.EmuPerTwip * 6 / 10);
        var blocks = new DocxBlocks(inlines, numbering, images, look, context, bookmarks);

        var title = handout.Title;
        var body = new W.Body();
        body.Append(StyledParagraph(DocxStyleIds.Title, title.Title));
        if (title.Subtitle is { } subtitle) body.Append(StyledParagraph(DocxStyleIds.Subtitle, subtitle));
        if (title.Summary is { } summary) body.Append(StyledParagraph(DocxStyleIds.Summary, summary));
        body.Append(blocks.Render(handout.Body));
        body.Append(blocks.Render(handout.Sources));
        // The disclaimer and contact line are the settings' own text for a document in the settings' language (with
        // its region, say en-US in an en-GB document); otherwise the labels' (the document's language, or English).
        var labelLanguage = handout.Look.Labels.Language;
        var primary = Core.Look.LabelTables.PrimarySubtag(language);
        var endMatterLanguage = primary == Core.Look.LabelTables.PrimarySubtag(context.Settings.Language) ? settingsLanguage
            : primary == labelLanguage ? null : labelLanguage;
        body.Append(DocxFurniture.EndMatter(handout.EndMatter, inlines, endMatterLanguage));
        DocxDirection.Apply(body, direction);
        body.Append(Section(look.Paper));
        main.Document = new W.Document(body);

        if (numbering.IsUsed) main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
        DocxProperties.Add(word, handout.Metadata, context, language, title.Title);
        return fontContents;
    }

    private static W.Paragraph StyledParagraph(string style, string text) =>
        new(new W.ParagraphProperties(new W.ParagraphStyleId { Val = style }), DocxInlines.PlainRun(XmlText.Clean(text)));

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


}
