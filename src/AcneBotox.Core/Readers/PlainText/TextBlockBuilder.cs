using System.Collections.Immutable;
using System.Text;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers.PlainText;

/// <summary>Turns the chunks of a plain-text body into model blocks.</summary>
internal sealed class TextBlockBuilder
{
    private readonly HeadingIdAllocator _ids = new();
    private readonly UnitSplitter _splitter = new();
    private bool _sawSectionHeading;

    // The items of the list that is the last block so far, while more items may still join it. The list
    // is rebuilt once when it is complete, not once per item (10,000 items apart would copy 50 million).
    private ImmutableArray<ImmutableArray<Block>>.Builder? _openListItems;

    public ImmutableArray<Block> Build(IEnumerable<List<TextLine>> chunks)
    {
        var units = chunks.SelectMany(_splitter.Split).ToList();
        var blocks = ImmutableArray.CreateBuilder<Block>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var next = i + 1 < units.Count ? units[i + 1] : null;
            var line = unit.Lines[0].Number;
            if (unit.Kind != TextUnitKind.List) CloseList(blocks);
            switch (unit.Kind)
            {
                case TextUnitKind.Question:
                    var question = Join(unit.Lines, LineShape.QuestionText);
                    // Under an ordinary section heading ("Frequently asked questions") questions are subsections.
                    blocks.Add(Heading(_sawSectionHeading ? 2 : 1, question, line));
                    break;
                case TextUnitKind.Answer:
                    blocks.Add(Paragraph(Join(unit.Lines, LineShape.AnswerText), line));
                    break;
                case TextUnitKind.List:
                    AddList(blocks, unit);
                    break;
                default:
                    if (IsHeading(unit, next))
                    {
                        _sawSectionHeading = true;
                        blocks.Add(Heading(1, unit.Lines[0].Text, line));
                    }
                    else
                    {
                        blocks.Add(Paragraph(Join(unit.Lines, null), line));
                    }
                    break;
            }
        }
        CloseList(blocks);
        return blocks.ToImmutable();
    }

    private static bool IsHeading(TextUnit unit, TextUnit? next) =>
        unit.Lines.Count == 1
        && LineShape.IsHeadingLike(unit.Lines[0].Text)
        && next is not null
        && (next.Kind != TextUnitKind.Text || !(next.Lines.Count == 1 && LineShape.IsHeadingLike(next.Lines[0].Text)));

    private Heading Heading(int level, string text, int line) =>
        new(level, [new Text(text)], _ids.Allocate(text)) { SourceLine = line };

    private static Paragraph Paragraph(string text, int line) => new(TextInlines.From(text)) { SourceLine = line };

    private void AddList(ImmutableArray<Block>.Builder blocks, TextUnit unit)
    {
        var first = LineShape.ListMarker(unit.Lines[0].Text)!;
        var items = new List<List<TextLine>>();
        foreach (var line in unit.Lines)
        {
            var marker = LineShape.ListMarker(line.Text);
            if (marker is not null) items.Add([line with { Text = marker.Text }]);
            else items[^1].Add(line);
        }
        var built = items.Select(item => ImmutableArray.Create<Block>(Paragraph(Join(item, null), item[0].Number)));

        // Items separated by blank lines arrive as separate units; they are still one list.
        var continues = _openListItems is not null && blocks[^1] switch
        {
            BulletList => !first.Ordered,
            OrderedList => first.Ordered,
            _ => false,
        };
        if (continues)
        {
            _openListItems!.AddRange(built);
            return;
        }
        CloseList(blocks);
        _openListItems = ImmutableArray.CreateBuilder<ImmutableArray<Block>>();
        _openListItems.AddRange(built);
        Block list = first.Ordered
            ? new OrderedList(first.Number, []) { SourceLine = unit.Lines[0].Number }
            : new BulletList([]) { SourceLine = unit.Lines[0].Number };
        blocks.Add(list);
    }

    // Gives the open list (the last block) its items.
    private void CloseList(ImmutableArray<Block>.Builder blocks)
    {
        if (_openListItems is null) return;
        var items = _openListItems.ToImmutable();
        blocks[^1] = blocks[^1] switch
        {
            BulletList bullets => bullets with { Items = items },
            OrderedList ordered => ordered with { Items = items },
            var other => other,
        };
        _openListItems = null;
    }

    /// <summary>Joins hard-wrapped lines: a space between, none after a hyphen ending a word (the hyphen stays: "well-known").</summary>
    private static string Join(List<TextLine> lines, Func<string, string?>? stripPrefix)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var part = lines[i].Text;
            if (i == 0 && stripPrefix is not null) part = stripPrefix(part) ?? part;
            if (text.Length > 0)
            {
                if (!(text[^1] == '-' && text.Length > 1 && char.IsLetter(text[^2]) && char.IsLetter(part[0]))) text.Append(' ');
            }
            text.Append(part);
        }
        return text.ToString();
    }
}
