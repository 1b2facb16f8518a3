namespace AcneBotox.Pdf.Layout;

/// <summary>A piece of one line drawn in one style, at <see cref="X"/> points from the line's start.</summary>
internal sealed record LineFragment(double X, string Text, TextStyle Style, double Width, string? LinkTarget);
