namespace AcneBotox.Pdf.Layout;

/// <summary>Text in one style, as the line breaker receives it. <c>"\n"</c> alone is a forced line break.</summary>
/// <param name="Text">The text; whitespace separates words.</param>
/// <param name="Style">How it looks.</param>
/// <param name="LinkTarget">The URL or <c>#anchor</c> when the run is part of a link.</param>
/// <param name="PaperOnly">True for text only paper shows (a link's printed address), tagged as its own <c>Span</c>.</param>
internal sealed record StyledRun(string Text, TextStyle Style, string? LinkTarget = null, bool PaperOnly = false)
{
    /// <summary>The run that forces a line break.</summary>
    public static bool IsBreak(StyledRun run) => run.Text == "\n";
}
