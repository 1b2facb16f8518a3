namespace AcneBotox.Pdf.Layout;

/// <summary>One broken line: its fragments and its total width.</summary>
internal sealed record TextLine(IReadOnlyList<LineFragment> Fragments, double Width)
{
    /// <summary>The line's text, as a reader would hear it.</summary>
    public string Text => string.Concat(Fragments.Select(f => f.Text));
}
