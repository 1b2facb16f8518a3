namespace AcneBotox.Pdf.Layout;

/// <summary>One broken line: its fragments in logical (drawing) order, each at its own place, and its total width.</summary>
internal sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width)
{
    /// <summary>The line's text as drawn, including the space it was broken at.</summary>
    public string Text => string.Concat(Fragments.Select(f => f.Text));

    /// <summary>The visible text, without the trailing break space.</summary>
    public string VisibleText => Text.TrimEnd(' ');
}
