using System.Text;

namespace AcneBotox.Pdf.Layout;

/// <summary>Collects the text of one line, merging neighbours of the same style into one fragment.</summary>
internal sealed class LineBuilder(ITextMeasurer measurer)
{
    private readonly List<(StringBuilder Text, TextStyle Style, string? Link, bool PaperOnly)> _parts = [];

    /// <summary>True when nothing was appended since the last <see cref="Build"/>.</summary>
    public bool IsEmpty => _parts.Count == 0;

    /// <summary>The measured width of everything appended so far.</summary>
    public double Width { get; private set; }

    /// <summary>Appends text in a style.</summary>
    public void Append(string text, TextStyle style, string? link, bool paperOnly = false)
    {
        if (_parts.Count > 0 && _parts[^1].Style == style && _parts[^1].Link == link && _parts[^1].PaperOnly == paperOnly) _parts[^1].Text.Append(text);
        else _parts.Add((new StringBuilder(text), style, link, paperOnly));
        Width += measurer.Width(text, style);
    }

    /// <summary>
    /// Ends the line with the space it was broken at. The space takes no room at the margin but stays in
    /// the text, so extracted and tagged text reads "worldwide. It can", not "worldwide. Itcan".
    /// </summary>
    public void AppendTrailingSpace(TextStyle style, string? link, bool paperOnly = false)
    {
        if (IsEmpty) return;
        var width = Width;
        Append(" ", style, link, paperOnly);
        Width = width;
    }

    /// <summary>The soft hyphen (U+00AD): invisible inside a line, a hyphen where the line breaks after it.</summary>
    public const char SoftHyphen = '\u00AD';

    /// <summary>
    /// Shows a soft hyphen that ends the line as a hyphen ("Haut-" / "pflege"), as every word processor does; inside
    /// a line it stays invisible.
    /// </summary>
    public void ShowSoftHyphen()
    {
        if (IsEmpty) return;
        var (text, style, _, _) = _parts[^1];
        if (text.Length == 0 || text[^1] != SoftHyphen) return;
        Width -= measurer.Width(SoftHyphen.ToString(), style);
        text[^1] = '-';
        Width += measurer.Width("-", style);
    }

    /// <summary>Returns the line and starts an empty one.</summary>
    public TextLine Build()
    {
        var fragments = new List<LineFragment>(_parts.Count);
        var x = 0.0;
        for (var i = 0; i < _parts.Count; i++)
        {
            var (text, style, link, paperOnly) = _parts[i];
            var value = text.ToString();
            // The break space at the end of the last fragment takes no room.
            var width = measurer.Width(i == _parts.Count - 1 ? value.TrimEnd(' ') : value, style);
            fragments.Add(new LineFragment(x, value, style, width, link, paperOnly));
            x += width;
        }
        _parts.Clear();
        Width = 0;
        return new TextLine(fragments, x);
    }
}
