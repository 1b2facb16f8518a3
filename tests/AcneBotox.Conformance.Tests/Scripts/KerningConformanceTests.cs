using UglyToad.PdfPig;

namespace AcneBotox.Conformance.Tests.Scripts;

/// <summary>
/// Issue 16, "done when": kerning is visible in the PDF. PdfPig reads each glyph's position and its unkerned advance
/// (the font's widths); in a kerned pair the second glyph starts before the first one's advance ends.
/// </summary>
public sealed class KerningConformanceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-kern-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // Atkinson Hyperlegible kerns "AV" and "To"; it has no kerning pair for "Ty" (HarfBuzz and Chromium agree), so
    // "Ty" cannot show kerning in the body font.
    [Theory]
    [InlineData("AV")]
    [InlineData("To")]
    public void A_kerned_pair_is_closer_than_the_unkerned_advance(string pair)
    {
        var pdf = OneParagraphPdf.Export(_root, "kern", $"Word {pair} here.");

        using var document = PdfDocument.Open(pdf);
        var letters = document.GetPage(1).Letters;
        var index = Enumerable.Range(0, letters.Count - 1).First(i => letters[i].Value == pair[..1] && letters[i + 1].Value == pair[1..]);
        var (first, second) = (letters[index], letters[index + 1]);
        var kerned = second.StartBaseLine.X - first.StartBaseLine.X;
        Assert.True(kerned < first.Width - 0.05, $"\"{pair}\": {kerned:F3} pt between the glyphs, unkerned advance {first.Width:F3} pt");
    }
}
