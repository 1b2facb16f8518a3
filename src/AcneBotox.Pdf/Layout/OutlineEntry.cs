namespace AcneBotox.Pdf.Layout;

/// <summary>A bookmark for a heading.</summary>
/// <param name="Title">The heading text.</param>
/// <param name="Level">1 for the title, 2 for sections and so on.</param>
/// <param name="Anchor">The heading's id, for <c>#anchor</c> links; <c>null</c> for the title.</param>
internal sealed record OutlineEntry(string Title, int Level, string? Anchor);
