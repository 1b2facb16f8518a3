using System.Text;

namespace AcneBotox.Pdf.Layout;

/// <summary>Collects the text of one line, merging neighbours of the same style into one fragment.</summary>
internal sealed class LineBuilder(ITextMeasurer measurer)
{
    private readonly List<(StringBuilder Text, TextStyle Style, string? Link)> _parts = [];

    /// <summary>True when nothing was appended since the last <see cref="Build"/>.</summary>
    public bool IsEmpty => _parts.Count == 0;

    /// <summary>The measured width of everything appended so far.</summary>
    public double Width { get; private set; }

    /// <summary>Appends text in a style.</summary>
    public void Append(string text, TextStyle style, string? link)
    {
        if (_parts.Count > 0 && _parts[^1].Style == style && _parts[^1].Link == link) _parts[^1].Text.Append(text);
        else _parts.Add((new StringBuilder(text), style, link));
        Width += measurer.Width(text, style);
    }

    /// <summary>Returns the line and starts an empty one.</summary>
    public TextLine Build()
    {
        var fragments = new List<LineFragment>(_parts.Count);
        var x = 0.0;
        foreach (var (text, style, link) in _parts)
        {
            var value = text.ToString();
            var width = measurer.Width(value, style);
            fragments.Add(new LineFragment(x, value, style, width, link));
            x += width;
        }
        _parts.Clear();
        Width = 0;
        return new TextLine(fragments, x);
    }
}
