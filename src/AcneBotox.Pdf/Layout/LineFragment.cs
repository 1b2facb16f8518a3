namespace AcneBotox.Pdf.Layout;

/// <summary>A piece of one line drawn in one style, at <see cref="X"/> points from the line's start.</summary>
/// <param name="X">Start relative to the line.</param>
/// <param name="Text">The text, possibly ending in the space the line was broken at.</param>
/// <param name="Style">How it looks.</param>
/// <param name="Width">Its width without a trailing break space.</param>
/// <param name="LinkTarget">The link it belongs to, if any.</param>
/// <param name="PaperOnly">True for a printed link address, which is tagged as a <c>Span</c> of its own.</param>
internal sealed record LineFragment(double X, string Text, TextStyle Style, double Width, string? LinkTarget, bool PaperOnly = false);
