using AcneBotox.Pdf.Layout;

namespace AcneBotox.Tests.Pdf;

/// <summary>A fixed-width measurer that counts the characters it was asked to measure: the work a layout does.</summary>
internal sealed class CountingMeasurer : ITextMeasurer
{
    /// <summary>Characters measured so far.</summary>
    public long Measured { get; private set; }

    /// <summary>The longest single text measured.</summary>
    public int Longest { get; private set; }

    public double Width(string text, TextStyle style)
    {
        Measured += text.Length;
        Longest = Math.Max(Longest, text.Length);
        return text.Length * style.Size * 0.5;
    }
}
