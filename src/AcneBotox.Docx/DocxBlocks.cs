using System.Collections.Immutable;
using System.Globalization;
using AcneBotox.Core.Model;
using AcneBotox.Core.Writers;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Turns model blocks into body paragraphs and tables. A container (callout, quote, list item) passes its
/// paragraph style and list level down, so a list inside a key-points box keeps the box's border and shading.
/// </summary>
internal sealed class DocxBlocks(DocxInlines inlines, DocxNumbering numbering, DocxImages images, DocxLook look,
    RenderContext context, IReadOnlyDictionary<string, string> bookmarks)
{
    /// <summary>The left indent of the box styles (Key Points, Callout), in twips.</summary>
    public const int BoxIndent = 170;

    private int _nextBookmarkId = 1;

    /// <summary>Where a block sits: the paragraph style containers impose, the list level and the list's numbering instance, if any.</summary>
    private readonly record struct Container(string? BoxStyle, int ListLevel, int NumberId)
    {
        public static Container Body => new(null, -1, 0);
    }

    /// <summary>The body elements for the document's blocks.</summary>
    public IEnumerable<OpenXmlElement> Render(ImmutableArray<Block> blocks)
    {
        var output = new List<OpenXmlElement>();
        RenderAll(output, blocks, Container.Body);
        return output;
    }

    private void RenderAll(List<OpenXmlElement> output, ImmutableArray<Block> blocks, Container container)
    {
        if (blocks.IsDefaultOrEmpty) return;
        Block? previous = null;
        foreach (var block in blocks)
        {
            var start = output.Count;
            // Two tables in a row would merge into one in Word: only then does a paragraph (empty) keep them apart.
            if (previous is Table && block is Table) output.Add(new W.Paragraph(new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0" })));
            RenderOne(output, block, container);
            // A table has no space after it of its own: the next paragraph takes the block gap above it instead.
            if (previous is Table && start < output.Count && output[start] is W.Paragraph next) SetSpacing(next, before: DocxLook.Spacing(look.Type.ParagraphGap));
            previous = block;
        }
    }

    // Sets space before or after on one paragraph, over what its style says.
    private static void SetSpacing(W.Paragraph paragraph, string? before = null, string? after = null)
    {
        var properties = paragraph.ParagraphProperties ?? paragraph.PrependChild(new W.ParagraphProperties());
        var spacing = properties.SpacingBetweenLines;
        if (spacing is null)
        {
            spacing = new W.SpacingBetweenLines();
            // Schema order: spacing follows the style, keep, numbering, border and shading properties.
            var precedes = properties.Elements().LastOrDefault(e => e is W.ParagraphStyleId or W.KeepNext or W.KeepLines or W.NumberingProperties or W.ParagraphBorders or W.Shading);
            if (precedes is null) properties.PrependChild(spacing);
            else precedes.InsertAfterSelf(spacing);
        }
        if (before is not null) spacing.Before = before;
        if (after is not null) spacing.After = after;
    }

    private void RenderOne(List<OpenXmlElement> output, Block block, Container container)
    {
        switch (block)
        {
            case Heading heading:
                output.Add(HeadingParagraph(heading));
                break;
            case Paragraph paragraph:
                output.Add(BodyParagraph(container, inlines.Convert(paragraph.Inlines)));
                break;
            case BulletList list:
                RenderList(output, list, list.Items, container);
                break;
            case OrderedList list:
                RenderList(output, list, list.Items, container);
                break;
            case Callout callout:
                RenderCallout(output, callout, container);
                break;
            case Quote quote:
                RenderAll(output, quote.Blocks, container with { BoxStyle = container.BoxStyle ?? DocxStyleIds.Quote });
                break;
            case Image image:
                RenderImage(output, image, container);
                break;
            case Table table:
                output.Add(DocxTables.Build(table, inlines, DocxUnits.TextWidth(look.Paper), look.Type));
                break;
            case ThematicBreak:
                output.Add(new W.Paragraph(new W.ParagraphProperties(
                    new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = look.DecorationColor }))));
                break;
            default:
                throw new InvalidOperationException($"the DOCX writer does not know block {block.GetType().Name}");
        }
    }

    private W.Paragraph HeadingParagraph(Heading heading)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleIds.Heading(heading.Level) }));
        if (bookmarks.TryGetValue(heading.Id, out var name))
        {
            var id = (_nextBookmarkId++).ToString(CultureInfo.InvariantCulture);
            paragraph.Append(new W.BookmarkStart { Id = id, Name = name });
            paragraph.Append(inlines.Convert(heading.Inlines));
            paragraph.Append(new W.BookmarkEnd { Id = id });
        }
        else paragraph.Append(inlines.Convert(heading.Inlines));
        return paragraph;
    }

    private static W.Paragraph BodyParagraph(Container container, IEnumerable<OpenXmlElement> runs, W.NumberingProperties? number = null, bool keepNext = false)
    {
        var properties = new W.ParagraphProperties();
        var style = container.BoxStyle ?? (container.ListLevel >= 0 ? DocxStyleIds.ListParagraph : null);
        if (style is not null) properties.Append(new W.ParagraphStyleId { Val = style });
        if (keepNext) properties.Append(new W.KeepNext());
        if (number is not null) properties.Append(number);
        if (container.BoxStyle is not null && container.ListLevel >= 0)
        {
            // Inside a box the list hangs from the box's own indent, so the marker lines up with the box
            // text and Word and LibreOffice draw one box around title and items, not one per indent.
            // Hanging is set only on the numbered paragraph: an empty w:hanging attribute is invalid OOXML.
            var indentation = new W.Indentation
            {
                Left = (BoxIndent + DocxNumbering.TextIndent(container.ListLevel) - DocxNumbering.TextIndent(0) + DocxNumbering.Hanging).ToString(CultureInfo.InvariantCulture),
            };
            if (number is not null) indentation.Hanging = DocxNumbering.Hanging.ToString(CultureInfo.InvariantCulture);
            properties.Append(indentation);
        }
        else if (number is null && container.ListLevel >= 0)
            properties.Append(new W.Indentation { Left = DocxNumbering.TextIndent(container.ListLevel).ToString(CultureInfo.InvariantCulture) });
        var paragraph = new W.Paragraph();
        if (properties.HasChildren) paragraph.Append(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    private void RenderList(List<OpenXmlElement> output, Block list, ImmutableArray<ImmutableArray<Block>> items, Container container)
    {
        if (items.IsDefaultOrEmpty) return;
        var level = Math.Min(container.ListLevel + 1, DocxNumbering.MaxLevel);
        // A top-level list starts a numbering instance; the lists nested in it are its deeper levels.
        var numberId = container.ListLevel < 0 ? numbering.Instance(ListShape(list)) : container.NumberId;
        var inner = container with { ListLevel = level, NumberId = numberId };
        var start = output.Count;
        foreach (var item in items)
        {
            var number = new W.NumberingProperties(new W.NumberingLevelReference { Val = level }, new W.NumberingId { Val = numberId });
            var rest = item.IsDefault ? [] : item;
            if (rest.Length > 0 && rest[0] is Paragraph first)
            {
                output.Add(BodyParagraph(inner, inlines.Convert(first.Inlines), number));
                rest = rest.RemoveAt(0);
            }
            else
            {
                // The marker needs a paragraph of its own when an item starts with something else.
                output.Add(BodyParagraph(inner, [], number));
            }
            RenderAll(output, rest, inner);
        }
        // Items sit a list gap apart; the whole list keeps the block gap from what follows it.
        if (container.ListLevel < 0 && output.Skip(start).OfType<W.Paragraph>().LastOrDefault() is { } last)
            SetSpacing(last, after: DocxLook.Spacing(look.Type.ParagraphGap));
    }

    // The kind of list at each depth, from the first list met there (depth 0 is the list itself).
    private static List<DocxNumbering.ListLevel> ListShape(Block list)
    {
        var levels = new List<DocxNumbering.ListLevel>();
        var current = new List<Block> { list };
        while (current.Count > 0 && levels.Count <= DocxNumbering.MaxLevel)
        {
            var first = current[0];
            levels.Add(first is OrderedList ordered ? new(true, ordered.Start) : new(false, 1));
            current = [.. current.SelectMany(ListItems).SelectMany(item => item.IsDefault ? [] : item)
                .Where(block => block is BulletList or OrderedList)];
        }
        return levels;
    }

    private static IEnumerable<ImmutableArray<Block>> ListItems(Block list) => list switch
    {
        BulletList bullets => bullets.Items.IsDefault ? [] : bullets.Items,
        OrderedList numbers => numbers.Items.IsDefault ? [] : numbers.Items,
        _ => [],
    };

    private void RenderCallout(List<OpenXmlElement> output, Callout callout, Container container)
    {
        var (style, titleStyle) = callout.Kind switch
        {
            CalloutKind.KeyPoints => (DocxStyleIds.KeyPoints, DocxStyleIds.KeyPointsTitle),
            CalloutKind.Warning => (DocxStyleIds.Warning, DocxStyleIds.WarningTitle),
            CalloutKind.Note or CalloutKind.Tip => (DocxStyleIds.Callout, DocxStyleIds.CalloutTitle),
            _ => throw new InvalidOperationException($"the DOCX writer has no style for callout {callout.Kind}"),
        };
        output.Add(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = titleStyle }),
            DocxInlines.PlainRun(XmlText.Clean(callout.Title ?? ""))));
        RenderAll(output, callout.Blocks, container with { BoxStyle = style });
    }

    private void RenderImage(List<OpenXmlElement> output, Image image, Container container)
    {
        var resource = context.Resources.LoadImage(image.Source, context.SourcePath, image.SourceLine, context.Diagnostics);
        var alt = XmlText.Clean(image.AltText ?? "");
        var hasCaption = !image.Caption.IsDefaultOrEmpty;
        if (resource is null)
        {
            // The resolver has warned; the reader still gets the picture's description instead of silence.
            var text = look.Look.Labels.MissingImageText(alt);
            output.Add(BodyParagraph(container, [DocxInlines.PlainRun(text)], keepNext: hasCaption));
        }
        else
        {
            output.Add(BodyParagraph(container, [new W.Run(images.Add(resource, alt))], keepNext: hasCaption));
        }
        if (!hasCaption) return;
        SetSpacing((W.Paragraph)output[^1], after: DocxLook.Spacing(look.Type.CaptionGap));
        var caption = new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = DocxStyleIds.Caption }));
        caption.Append(inlines.Convert(image.Caption));
        output.Add(caption);
    }
}
