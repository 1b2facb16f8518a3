namespace AcneBotox.Pdf.Layout;

/// <summary>The slices of one page, top to bottom.</summary>
/// <param name="Slices">The placed slices.</param>
/// <param name="Justified">True when the gaps between its blocks were stretched to bring its last line down (a sign closer spacing may fit better).</param>
internal sealed record PageLayout(IReadOnlyList<PlacedSlice> Slices, bool Justified = false)
{
    /// <summary>How far down the body the content reaches.</summary>
    public double ContentHeight => Slices.Count == 0 ? 0 : Slices[^1].Top + Slices[^1].Slice.Height;
}
