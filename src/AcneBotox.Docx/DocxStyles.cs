using DocumentFormat.OpenXml;
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
                    new RunFonts { Ascii = DocxLook.BodyFont, HighAnsi = DocxLook.BodyFont, ComplexScript = DocxLook.BodyFont, EastAsia = DocxLook.BodyFont },
                    new FontSize { Val = bodySize },
                    new FontSizeComplexScript { Val = bodySize },
                    new Languages { Val = look.Language, EastAsia = look.Language, Bidi = look.Language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "160", Line = DocxUnits.LineFactor(look.Settings.LineHeight), LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle(DocxStyleIds.Normal, "Normal", basedOn: null, isDefault: true,
            new StyleParagraphProperties(new WidowControl(), new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties()));
        styles.Append(ParagraphStyle(DocxStyleIds.Title, "Title", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "0", After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            Run(look, look.Scaled(26), bold: true, color: look.TextColor)));
        styles.Append(ParagraphStyle(DocxStyleIds.Subtitle, "Subtitle", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "240" }),
            Run(look, look.Scaled(16), bold: false, color: "404040")));
        double[] headingSizes = [18, 15.5, 14];
        for (var level = 1; level <= DocxStyleIds.DeepestHeading; level++)
        {
            styles.Append(ParagraphStyle(DocxStyleIds.Heading(level), "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture), DocxStyleIds.Normal, false,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(),
                    new SpacingBetweenLines { Before = level == 1 ? "320" : "240", After = "80", Line = "264", LineRule = LineSpacingRuleValues.Auto },
                    new OutlineLevel { Val = level - 1 }),
                Run(look, look.Scaled(headingSizes[level - 1]), bold: true, color: look.TextColor)));
        }
        styles.Append(ParagraphStyle(DocxStyleIds.ListParagraph, "List Paragraph", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "80" }, new Indentation { Left = "720" }, new ContextualSpacing()),
            new StyleRunProperties()));
        styles.Append(ParagraphStyle(DocxStyleIds.Quote, "Quote", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = look.DecorationColor }),
                new Indentation { Left = "567", Right = "567" }),
            new StyleRunProperties(new Italic(), new ItalicComplexScript())));
        styles.Append(BoxStyle(DocxStyleIds.KeyPoints, "Key Points", look, borderSize: 12));
        styles.Append(BoxStyle(DocxStyleIds.Callout, "Callout", look, borderSize: 6));
        styles.Append(ParagraphStyle(DocxStyleIds.Caption, "caption", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "60", After = "240" }),
            Run(look, look.Scaled(11.5), bold: false, color: "404040", italic: true)));
        styles.Append(ParagraphStyle(DocxStyleIds.Closing, "Closing Note", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "120", After = "120" }),
            new StyleRunProperties()));
        styles.Append(ParagraphStyle(DocxStyleIds.Header, "header", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(
                new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = look.DecorationColor }),
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            Run(look, look.Scaled(11), bold: true, color: look.TextColor)));
        styles.Append(ParagraphStyle(DocxStyleIds.Footer, "footer", DocxStyleIds.Normal, false,
            new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = DocxUnits.TextWidth(look.Settings.Paper) }),
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            Run(look, look.Scaled(11), bold: false, color: "404040")));

        styles.Append(CharacterStyle(DocxStyleIds.Hyperlink, "Hyperlink",
            new StyleRunProperties(new Color { Val = look.TextColor }, new Underline { Val = UnderlineValues.Single })));
        styles.Append(CharacterStyle(DocxStyleIds.Code, "Verbatim Char",
            new StyleRunProperties(new RunFonts { Ascii = DocxLook.CodeFont, HighAnsi = DocxLook.CodeFont, ComplexScript = DocxLook.CodeFont })));
        styles.Append(TableStyle(look));
        return styles;
    }

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

    private static Style BoxStyle(string id, string name, DocxLook look, int borderSize)
    {
        BorderType Side<T>() where T : BorderType, new() =>
            new T { Val = BorderValues.Single, Size = (uint)borderSize, Space = 6, Color = look.DecorationColor };
        return ParagraphStyle(id, name, DocxStyleIds.Normal, false,
            new StyleParagraphProperties(
                new ParagraphBorders(Side<TopBorder>(), Side<LeftBorder>(), Side<BottomBorder>(), Side<RightBorder>()),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = look.TintColor },
                new SpacingBetweenLines { After = "80" },
                new Indentation { Left = DocxBlocks.BoxIndent.ToString(System.Globalization.CultureInfo.InvariantCulture), Right = DocxBlocks.BoxIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            new StyleRunProperties());
    }

    private static Style CharacterStyle(string id, string name, StyleRunProperties run) =>
        new(new StyleName { Val = name }, new UIPriority { Val = 20 }, new PrimaryStyle(), run)
        { Type = StyleValues.Character, StyleId = id };

    private static Style TableStyle(DocxLook look)
    {
        BorderType Edge<T>() where T : BorderType, new() =>
            new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "7F7F7F" };
        return new Style(
            new StyleName { Val = "Handout Table" },
            new UIPriority { Val = 40 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleTableProperties(
                new TableBorders(Edge<TopBorder>(), Edge<LeftBorder>(), Edge<BottomBorder>(), Edge<RightBorder>(),
                    Edge<InsideHorizontalBorder>(), Edge<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "60", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new BoldComplexScript()),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = look.TintColor }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = DocxStyleIds.Table };
    }

    private static StyleRunProperties Run(DocxLook look, double size, bool bold, string color, bool italic = false)
    {
        _ = look;
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold(), new BoldComplexScript());
        if (italic) run.Append(new Italic(), new ItalicComplexScript());
        run.Append(new Color { Val = color });
        run.Append(new FontSize { Val = DocxUnits.HalfPoints(size) }, new FontSizeComplexScript { Val = DocxUnits.HalfPoints(size) });
        return run;
    }
}
