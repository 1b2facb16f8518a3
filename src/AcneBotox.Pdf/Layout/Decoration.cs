namespace AcneBotox.Pdf.Layout;

/// <summary>
/// A box drawn behind a run of consecutive slices, per page: the key-points callout background or a
/// quote's bar. Drawn as an artifact from the first to the last of its slices on each page, so it splits cleanly.
/// </summary>
internal sealed record Decoration(double X, double Width, uint? Fill, uint? Stroke, bool BarOnly);
