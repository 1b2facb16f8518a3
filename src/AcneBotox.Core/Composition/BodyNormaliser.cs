using System.Collections.Immutable;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;
using AcneBotox.Core.Writers;

namespace AcneBotox.Core.Composition;

/// <summary>
/// Rewrites the body top-down in reading order, so every format gets the same decisions: heading levels by
/// <see cref="HeadingPolicy"/>, blank headings dropped, callout titles filled in, unsafe links reduced to text.
/// </summary>
internal sealed class BodyNormaliser(HeadingPolicy headings, HandoutLabels labels, RenderContext context)
{
    /// <summary>Normalises a block sequence.</summary>
    public ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks)
    {
        if (blocks.IsDefaultOrEmpty) return [];
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        foreach (var block in blocks)
            if (One(block) is { } kept) result.Add(kept);
        return result.ToImmutable();
    }

    private Block? One(Block block) => block switch
    {
        Heading heading => HeadingOf(heading),
        Paragraph paragraph => paragraph with { Inlines = Inlines(paragraph.Inlines, paragraph.SourceLine) },
        BulletList list => list with { Items = Items(list.Items) },
        OrderedList list => list with { Items = Items(list.Items) },
        Callout callout => CalloutOf(callout),
        Quote quote => quote with { Blocks = Blocks(quote.Blocks) },
        Image image => image with { Caption = Inlines(image.Caption, image.SourceLine) },
        Table table => table with
        {
            Header = Row(table.Header, table.SourceLine),
            Rows = [.. table.Rows.Select(row => Row(row, table.SourceLine))],
        },
        ThematicBreak => block,
        _ => throw new InvalidOperationException($"the handout composition does not know {block.GetType().Name}"),
    };

    private Heading? HeadingOf(Heading heading)
    {
        if (ModelWalker.PlainText(heading.Inlines).Trim().Length == 0)
        {
            context.Diagnostics.Warn("handout.empty-heading", "a heading without text was left out", context.SourcePath, heading.SourceLine,
                "give the heading text or remove it");
            return null;
        }
        return heading with { Level = headings.Next(heading.Level), Inlines = Inlines(heading.Inlines, heading.SourceLine) };
    }

    private Callout CalloutOf(Callout callout)
    {
        // The key-points title is a section-level heading in every format, so heading navigation reaches the box.
        if (callout.Kind == CalloutKind.KeyPoints) headings.Next(1);
        var title = string.IsNullOrWhiteSpace(callout.Title) ? DefaultTitle(callout.Kind) : callout.Title.Trim();
        return callout with { Title = title, Blocks = Blocks(callout.Blocks) };
    }

    private string DefaultTitle(CalloutKind kind) => kind switch
    {
        CalloutKind.KeyPoints => labels.KeyPoints,
        CalloutKind.Note => labels.Note,
        CalloutKind.Tip => labels.Tip,
        CalloutKind.Warning => labels.Warning,
        _ => throw new InvalidOperationException($"the handout composition has no title for {kind}"),
    };

    private ImmutableArray<ImmutableArray<Block>> Items(ImmutableArray<ImmutableArray<Block>> items) =>
        items.IsDefaultOrEmpty ? [] : [.. items.Select(Blocks)];

    private TableRow Row(TableRow row, int? line) =>
        new([.. (row.Cells.IsDefault ? [] : row.Cells).Select(cell => new TableCell(Inlines(cell.Inlines, line)))]) ;

    private ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines, int? line)
    {
        if (inlines.IsDefaultOrEmpty) return [];
        var result = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Link link when !LinkPolicy.IsSafe(link.Target):
                    context.Diagnostics.Warn("handout.unsafe-link",
                        $"link target '{link.Target}' is not an http, https, mailto or tel address, an #anchor or a relative path; kept its text only",
                        context.SourcePath, line, "use an http, https, mailto or tel link");
                    result.AddRange(Inlines(link.Inlines, line));
                    break;
                case Link link:
                    var text = Inlines(link.Inlines, line);
                    // A link needs a name; its address is the honest one.
                    result.Add(new Link(link.Target.Trim(), ModelWalker.PlainText(text).Trim().Length == 0 ? [new Text(link.Target.Trim())] : text));
                    break;
                case Emphasis emphasis:
                    result.Add(new Emphasis(Inlines(emphasis.Inlines, line)));
                    break;
                case Strong strong:
                    result.Add(new Strong(Inlines(strong.Inlines, line)));
                    break;
                default:
                    result.Add(inline);
                    break;
            }
        }
        return result.ToImmutable();
    }
}
