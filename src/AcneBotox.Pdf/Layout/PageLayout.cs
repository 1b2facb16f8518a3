namespace AcneBotox.Pdf.Layout;

/// <summary>The slices of one page, top to bottom.</summary>
internal sealed record PageLayout(IReadOnlyList<PlacedSlice> Slices)
{
    /// <summary>How far down the body the content reaches.</summary>
    public double ContentHeight => Slices.Count == 0 ? 0 : Slices[^1].Top + Slices[^1].Slice.Height;
}
