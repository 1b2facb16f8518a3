using AcneBotox.Pdf.Layout;

namespace AcneBotox.Tests.Pdf;

/// <summary>Every character is half an em wide, so expected geometry can be worked out by hand.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public double Width(string text, TextStyle style) => text.Length * style.Size * 0.5;
}
