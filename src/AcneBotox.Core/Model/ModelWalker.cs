using System.Collections.Immutable;
using System.Text;

namespace AcneBotox.Core.Model;

/// <summary>
/// The one place that knows how the model nests, so transforms, checks and writers do not
/// each re-implement recursion (pandoc's <c>walk</c>/<c>query</c>).
/// </summary>
public static class ModelWalker
{
    /// <summary>The direct child blocks of a block (list items flattened in order).</summary>
    public static IEnumerable<Block> Children(Block block) => block switch
    {
        BulletList list => list.Items.SelectMany(item => item),
        OrderedList list => list.Items.SelectMany(item => item),
        Callout callout => callout.Blocks,
        Quote quote => quote.Blocks,
        _ => [],
    };

    /// <summary>Every block of the document, depth first, in reading order.</summary>
    public static IEnumerable<Block> Descendants(Document document) => Descendants(document.Blocks);

    /// <summary>Every block in <paramref name="blocks"/> and below, depth first, in reading order.</summary>
    public static IEnumerable<Block> Descendants(IEnumerable<Block> blocks)
    {
        // An explicit stack: hostile input may nest deeper than the call stack allows.
        var stack = new Stack<IEnumerator<Block>>();
        stack.Push(blocks.GetEnumerator());
        while (stack.Count > 0)
        {
            var top = stack.Peek();
            if (!top.MoveNext())
            {
                top.Dispose();
                stack.Pop();
                continue;
            }
            yield return top.Current;
            stack.Push(Children(top.Current).GetEnumerator());
        }
    }

    /// <summary>Every block of type <typeparamref name="T"/>, in reading order.</summary>
    public static IEnumerable<T> Query<T>(Document document) where T : Block => Descendants(document).OfType<T>();

    /// <summary>The inline runs a block holds directly (not those of its child blocks).</summary>
    public static IEnumerable<ImmutableArray<Inline>> InlineRuns(Block block)
    {
        switch (block)
        {
            case Heading heading:
                yield return heading.Inlines;
                break;
            case Paragraph paragraph:
                yield return paragraph.Inlines;
                break;
            case Image image when !image.Caption.IsDefaultOrEmpty:
                yield return image.Caption;
                break;
            case Table table:
                foreach (var cell in table.Header.Cells) yield return cell.Inlines;
                foreach (var row in table.Rows)
                    foreach (var cell in row.Cells) yield return cell.Inlines;
                break;
        }
    }

    /// <summary>Every inline below <paramref name="inlines"/>, depth first.</summary>
    public static IEnumerable<Inline> Descendants(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = ChildInlines(inline);
            if (children.IsDefaultOrEmpty) continue;
            foreach (var child in Descendants(children)) yield return child;
        }
    }

    /// <summary>The inlines nested directly inside an inline.</summary>
    public static ImmutableArray<Inline> ChildInlines(Inline inline) => inline switch
    {
        Emphasis emphasis => emphasis.Inlines,
        Strong strong => strong.Inlines,
        Link link => link.Inlines,
        _ => [],
    };

    /// <summary>The text of inlines with formatting removed; a line break becomes a space.</summary>
    public static string PlainText(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        AppendPlainText(text, inlines);
        return text.ToString();
    }

    private static void AppendPlainText(StringBuilder text, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text t: text.Append(t.Value); break;
                case Code c: text.Append(c.Value); break;
                case LineBreak: text.Append(' '); break;
                default: AppendPlainText(text, ChildInlines(inline)); break;
            }
        }
    }

    /// <summary>
    /// Rebuilds the document bottom-up: children are mapped first, then <paramref name="map"/>
    /// sees the block with its new children and returns its replacement (or the same block).
    /// </summary>
    public static Document MapBlocks(Document document, Func<Block, Block> map) =>
        document with { Blocks = MapAll(document.Blocks, map) };

    private static ImmutableArray<Block> MapAll(ImmutableArray<Block> blocks, Func<Block, Block> map) =>
        blocks.Select(block => map(MapChildren(block, map))).ToImmutableArray();

    private static Block MapChildren(Block block, Func<Block, Block> map) => block switch
    {
        BulletList list => list with { Items = list.Items.Select(item => MapAll(item, map)).ToImmutableArray() },
        OrderedList list => list with { Items = list.Items.Select(item => MapAll(item, map)).ToImmutableArray() },
        Callout callout => callout with { Blocks = MapAll(callout.Blocks, map) },
        Quote quote => quote with { Blocks = MapAll(quote.Blocks, map) },
        _ => block,
    };
}
