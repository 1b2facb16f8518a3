namespace AcneBotox.Pdf.Layout;

/// <summary>A slice at its place on a page: <see cref="Top"/> points below the body's top edge.</summary>
/// <param name="Slice">The slice.</param>
/// <param name="Top">Distance from the top of the body area.</param>
/// <param name="IsRepeat">True for a repeated table header, which is drawn as an artifact.</param>
internal sealed record PlacedSlice(Slice Slice, double Top, bool IsRepeat = false);
