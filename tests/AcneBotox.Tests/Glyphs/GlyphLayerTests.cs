using AcneBotox.Core.Model;
using AcneBotox.Pdf.Fonts;
using AcneBotox.Pdf.Glyphs;
using AcneBotox.Tests.Pdf;
using UglyToad.PdfPig;

namespace AcneBotox.Tests.Glyphs;

public sealed class GlyphLayerTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_face_draws_text_that_reads_back_the_same(int face)
    {
        var kind = (FontKind)face;
        var text = "Después del tratamiento, evite frotar la zona office affinity ¿Qué? AV To Ty";
        Inline inline = new Text(text);
        if (kind is FontKind.Bold) inline = new Strong([inline]);
        if (kind is FontKind.Italic) inline = new Emphasis([inline]);
        if (kind is FontKind.BoldItalic) inline = new Strong([new Emphasis([inline])]);
        var document = PdfTestDocuments.SeedShaped();
        document = document with { Blocks = [new Paragraph([inline]), .. document.Blocks] };

        var (bytes, _, _) = PdfTestDocuments.Render(document);

        Assert.Contains(text.Replace(" ", "", StringComparison.Ordinal), PdfOutputTests.BodyText(bytes).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    // Atkinson Hyperlegible's GPOS kerns "AV" and "To" but has no pair for "Ty" (HarfBuzz and Chromium agree),
    // so "Ty" is checked in Noto Sans, which kerns it, when that font is installed.
    [Theory]
    [InlineData("AV")]
    [InlineData("To")]
    public void Kerning_changes_the_advance_of_a_kerned_pair(string pair)
    {
        var face = FontChain.AtkinsonOnly.Primary(FontKind.Regular);
        foreach (var _ in new[] { pair })
        {
            var shaped = TextShaper.Shape(face, pair);
            var unkerned = shaped.Glyphs.Sum(g => face.Advance(g.Glyph));
            Assert.True(shaped.Advance < unkerned, $"{pair}: shaped {shaped.Advance} should be less than unkerned {unkerned}");
        }
    }
}
