using DocumentFormat.OpenXml;
using AcneBotox.Core.Look;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Builds <c>styles.xml</c>: real Title, Subtitle and Heading styles (so Word's navigation pane, pandoc and
/// LibreOffice see the structure), Normal in Atkinson Hyperlegible, lists, quote, callout boxes, caption,
/// closing lines, header/footer, character styles and a table style.
/// </summary>
internal static class DocxStyles
{
    /// <summary>The styles part root for a look.</summary>
    public static Styles Build(DocxLook look)
    {
        var bodySize = DocxUnits.HalfPoints(look.BodySize);
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    // East Asian and complex-script text get the fallback chain's families for them (the ones the PDF and
                    // HTML name too): Atkinson Hyperlegible has no CJK, Arabic or Hebrew letters.
                    new RunFonts
                    {
                        Ascii = DocxLook.BodyFont, HighAnsi = DocxLook.BodyFont,
                        ComplexScript = look.Look.Fonts.ComplexScriptFamily(look.Language) ?? DocxLook.BodyFont,
                        EastAsia = look.Look.Fonts.EastAsianFamily ?? DocxLook.BodyFont,
                    },
                    new FontSize { Val = bodySize },
                    new FontSizeComplexScript { Val = bodySize },
                    new Languages { Val = look.Language, EastAsia = look.Language, Bidi = look.Language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    Spacing(0, look.Type.ParagraphGap, look.Type.Leading(look.BodySize))))));

        var type = look.Type;
        styles.Append(ParagraphStyle(DocxStyleIds.Normal, "Normal", basedOn: null, isDefault: true,
            new StyleParagraphProperties(new WidowControl(), Spacing(0, type.ParagraphGap, type.Leading(type.Body)), new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new Color { Val = look.Ink })));
        styles.Append(ParagraphStyle(DocxStyleIds.Title, "Title", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(new KeepNext(), Spacing(0, type.HeadingGapAfter, type.HeadingLeading(type.Title))),
            Run(type.Title, bold: true, color: look.HeadingColor)));
        styles.Append(ParagraphStyle(DocxStyleIds.Subtitle, "Subtitle", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(new KeepNext(), Spacing(0, type.ParagraphGap, type.Leading(type.Subtitle))),
            Run(type.Subtitle, bold: false, color: look.Muted)));
        styles.Append(ParagraphStyle(DocxStyleIds.Summary, "Summary", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(Spacing(0, type.ParagraphGap, type.Leading(type.Body))),
            new StyleRunProperties()));
        for (var level = 1; level <= DocxStyleIds.DeepestHeading; level++)
        {
            styles.Append(ParagraphStyle(DocxStyleIds.Heading(level), "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture), DocxStyleIds.Normal, false,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(),
                    // Word adds the previous paragraph's space after to this space before, and this space after to the
                    // next paragraph's (none), so the gaps add up to the PDF's: heading gap above, heading gap plus block gap below.
                    Spacing(Math.Max(0, type.HeadingGapBefore - type.ParagraphGap), type.HeadingGapAfter + type.ParagraphGap, type.HeadingLeading(type.Heading(level))),
                    new OutlineLevel { Val = level - 1 }),
                Run(type.Heading(level), bold: true, color: look.HeadingColor)));
        }
        styles.Append(ParagraphStyle(DocxStyleIds.ListParagraph, "List Paragraph", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(Spacing(0, type.ListItemGap, type.Leading(type.Body)), new Indentation { Left = "720" }),
            new StyleRunProperties()));
        styles.Append(ParagraphStyle(DocxStyleIds.Quote, "Quote", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = look.DecorationColor }),
                new Indentation { Left = "567", Right = "567" }),
            type.LargePrint ? new StyleRunProperties() : new StyleRunProperties(new Italic(), new ItalicComplexScript())));
        styles.Append(BoxStyle(DocxStyleIds.KeyPoints, "Key Points", look.DecorationColor, look.BoxFill, borderSize: 12, type));
        styles.Append(BoxStyle(DocxStyleIds.Callout, "Callout", look.DecorationColor, look.BoxFill, borderSize: 6, type));
        styles.Append(BoxStyle(DocxStyleIds.Warning, "Warning", look.WarningBorder, look.WarningFill, borderSize: 12, type));
        // The key-points title is a section-level heading (outline level 0) drawn as part of its box, so Word's
        // navigation pane, screen readers and a tagged PDF export reach it as they do in the PDF and HTML.
        styles.Append(ParagraphStyle(DocxStyleIds.KeyPointsTitle, "Key Points Title", DocxStyleIds.KeyPoints, false,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), Spacing(0, type.HeadingGapAfter, type.HeadingLeading(type.CalloutTitle)), new OutlineLevel { Val = 0 }),
            Run(type.CalloutTitle, bold: true, color: look.HeadingColor)));
        styles.Append(ParagraphStyle(DocxStyleIds.CalloutTitle, "Callout Title", DocxStyleIds.Callout, false,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), Spacing(0, type.CaptionGap, type.Leading(type.CalloutTitle))),
            Run(type.CalloutTitle, bold: true, color: look.HeadingColor)));
        styles.Append(ParagraphStyle(DocxStyleIds.WarningTitle, "Warning Title", DocxStyleIds.Warning, false,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), Spacing(0, type.CaptionGap, type.Leading(type.CalloutTitle))),
            Run(type.CalloutTitle, bold: true, color: look.WarningTitle)));
        styles.Append(ParagraphStyle(DocxStyleIds.Caption, "caption", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(Spacing(0, type.ParagraphGap, type.Leading(type.Caption))),
            Run(type.Caption, bold: false, color: look.Ink, italic: type.ItalicCaptions)));
        styles.Append(ParagraphStyle(DocxStyleIds.Closing, "Closing Note", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), Spacing(0, type.ParagraphGap / 2, type.Leading(type.EndMatter))),
            Run(type.EndMatter, bold: false, color: look.Ink)));
        styles.Append(ParagraphStyle(DocxStyleIds.Header, "header", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = look.DecorationColor }),
                Spacing(0, 0, type.Leading(type.Organization))),
            Run(type.Organization, bold: true, color: look.HeadingColor)));
        styles.Append(ParagraphStyle(DocxStyleIds.Footer, "footer", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = DocxUnits.TextWidth(look.Paper) }),
                Spacing(0, 0, type.Leading(type.PageFooter))),
            Run(type.PageFooter, bold: false, color: look.Muted)));

        styles.Append(CharacterStyle(DocxStyleIds.Hyperlink, "Hyperlink",
            new StyleRunProperties(new Color { Val = look.LinkColor }, new Underline { Val = UnderlineValues.Single })));
        styles.Append(CharacterStyle(DocxStyleIds.Code, "Verbatim Char",
            new StyleRunProperties(new RunFonts { Ascii = DocxLook.CodeFont, HighAnsi = DocxLook.CodeFont, ComplexScript = DocxLook.CodeFont })));
        styles.Append(TableStyle(look));
        return styles;
    }

    // Spacing in points from the type scale. Lines are "at least" the PDF's baseline distance: Word's "auto"
    // multiplies the font's own line height (1.24 em for Atkinson Hyperlegible), which made 1.4 come out 1.74;
    // "at least" rather than "exact" so a picture in its own paragraph is never clipped.
    private static SpacingBetweenLines Spacing(double before, double after, double leading) => new()
    {
        Before = DocxUnits.Twips(before),
        After = DocxUnits.Twips(after),
        Line = DocxUnits.Twips(leading),
        LineRule = LineSpacingRuleValues.AtLeast,
    };

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault,
        StyleParagraphProperties paragraph, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (basedOn is not null) style.Append(new NextParagraphStyle { Val = DocxStyleIds.Normal });
        style.Append(new UIPriority { Val = isDefault ? 0 : 10 });
        style.Append(new PrimaryStyle());
        style.Append(paragraph);
        if (run.HasChildren) style.Append(run);
        return style;
    }

    private static Style BoxStyle(string id, string name, string border, string fill, int borderSize, TypeScale type)
    {
        // Word allows at most 31 pt between a border and its text.
        var padding = (uint)Math.Clamp(Math.Round(type.BoxPadding), 0, 31);
        BorderType Side<T>() where T : BorderType, new() =>
            new T { Val = BorderValues.Single, Size = (uint)borderSize, Space = padding, Color = border };
        return ParagraphStyle(id, name, DocxStyleIds.Normal, false,
            new StyleParagraphProperties(
                new ParagraphBorders(Side<TopBorder>(), Side<LeftBorder>(), Side<BottomBorder>(), Side<RightBorder>()),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill },
                Spacing(0, type.ParagraphGap, type.Leading(type.Body)),
                new Indentation { Left = DocxBlocks.BoxIndent.ToString(System.Globalization.CultureInfo.InvariantCulture), Right = DocxBlocks.BoxIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new StyleRunProperties());
    }

    private static Style CharacterStyle(string id, string name, StyleRunProperties run) =>
        new(new StyleName { Val = name }, new UIPriority { Val = 20 }, new PrimaryStyle(), run)
        { Type = StyleValues.Character, StyleId = id };

    private static Style TableStyle(DocxLook look)
    {
        BorderType Edge<T>() where T : BorderType, new() =>
            new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = look.Rule };
        return new Style(
            new StyleName { Val = "Handout Table" },
            new UIPriority { Val = 40 },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }),
            new StyleTableProperties(
                new TableBorders(Edge<TopBorder>(), Edge<LeftBorder>(), Edge<BottomBorder>(), Edge<RightBorder>(),
                    Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = DocxUnits.Twips(look.Type.TablePadding), Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = (short)DocxTables.CellMargin(look.Type), Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = DocxUnits.Twips(look.Type.TablePadding), Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = (short)DocxTables.CellMargin(look.Type), Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new BoldComplexScript()),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = look.TableHeaderFill }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = DocxStyleIds.Table };
    }

    private static StyleRunProperties Run(double size, bool bold, string color, bool italic = false)
    {
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold(), new BoldComplexScript());
        if (italic) run.Append(new Italic(), new ItalicComplexScript());
        run.Append(new Color { Val = color });
        run.Append(new FontSize { Val = DocxUnits.HalfPoints(size) }, new FontSizeComplexScript { Val = DocxUnits.HalfPoints(size) });
        return run;
    }
}
