using System.Collections.Immutable;
using System.Text;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>Collects inlines, merging neighbouring text and (for HTML) collapsing whitespace runs.</summary>
internal sealed class InlineBuilder(bool collapseWhitespace)
{
    private readonly ImmutableArray<Inline>.Builder _items = ImmutableArray.CreateBuilder<Inline>();
    private readonly StringBuilder _text = new();

    public bool IsEmpty => _items.Count == 0 && _text.Length == 0;

    public void AddText(string text)
    {
        if (!collapseWhitespace)
        {
            _text.Append(text);
            return;
        }
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (_text.Length > 0 ? _text[^1] != ' ' : !EndsWithBreakOrNothing()) _text.Append(' ');
            }
            else
            {
                _text.Append(ch);
            }
        }
    }

    public void Add(Inline inline)
    {
        if (inline is Text text)
        {
            AddText(text.Value);
            return;
        }
        FlushText();
        _items.Add(inline);
    }

    /// <summary>The inlines; <paramref name="trim"/> removes leading and trailing spaces (block edges).</summary>
    public ImmutableArray<Inline> ToImmutable(bool trim)
    {
        FlushText();
        var items = _items.ToList();
        if (trim)
        {
            while (items.Count > 0 && items[^1] is LineBreak) items.RemoveAt(items.Count - 1);
            TrimEdge(items, 0, s => s.TrimStart());
            TrimEdge(items, items.Count - 1, s => s.TrimEnd());
        }
        return [.. items];
    }

    public void Clear()
    {
        _items.Clear();
        _text.Clear();
    }

    private static void TrimEdge(List<Inline> items, int index, Func<string, string> trim)
    {
        if (index < 0 || index >= items.Count || items[index] is not Text text) return;
        var trimmed = trim(text.Value);
        if (trimmed.Length == 0) items.RemoveAt(index);
        else items[index] = new Text(trimmed);
    }

    private bool EndsWithBreakOrNothing() => _items.Count == 0 || _items[^1] is LineBreak;

    private void FlushText()
    {
        if (_text.Length == 0) return;
        if (_items.Count > 0 && _items[^1] is Text previous) _items[^1] = new Text(previous.Value + _text);
        else _items.Add(new Text(_text.ToString()));
        _text.Clear();
    }
}
