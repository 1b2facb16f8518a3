namespace AcneBotox.Pdf.Layout;

/// <summary>Measures text, so layout can be tested with a simple fake and rendered with real font metrics.</summary>
internal interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    double Width(string text, TextStyle style);
}
