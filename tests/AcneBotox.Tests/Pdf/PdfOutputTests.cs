using System.Text;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using UglyToad.PdfPig;

using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Pdf;

public sealed class PdfOutputTests
{
    [Fact]
    public void The_seed_fits_on_two_A4_pages()
    {
        var (bytes, result, _) = PdfTestDocuments.Render(SeedPdf.Read(), SeedPdf.Settings);

        Assert.Equal(2, result.Pages);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Equal((595, 842), ((int)pdf.GetPage(1).Width, (int)pdf.GetPage(1).Height));
    }

    [Fact]
    public void Extracted_body_text_equals_the_model_text_in_reading_order()
    {
        var document = SeedPdf.Read();
        var settings = SeedPdf.Settings;
        var (bytes, _, _) = PdfTestDocuments.Render(document, settings);

        var expected = new StringBuilder(document.Metadata.Title);
        foreach (var block in ModelWalker.Descendants(document))
            foreach (var run in ModelWalker.InlineRuns(block))
                expected.Append(ModelWalker.PlainText(run));
        expected.Append(ComposedTexts.EndMatter(document, settings));

        Assert.Equal(Squeeze(expected.ToString()), Squeeze(BodyText(bytes)));
    }

    [Fact]
    public void Every_page_says_page_x_of_y_and_the_review_date()
    {
        var document = PdfTestDocuments.SeedShaped();
        var (bytes, _, _) = PdfTestDocuments.Render(document);

        using var pdf = PdfDocument.Open(bytes);
        foreach (var page in pdf.GetPages())
        {
            var text = string.Concat(page.Letters.Select(l => l.Value));
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", text, StringComparison.Ordinal);
            Assert.Contains("Last reviewed 12 March 2024", text, StringComparison.Ordinal);
            Assert.Contains("Riverside Dermatology Clinic", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        var first = PdfTestDocuments.Render(PdfTestDocuments.LongDocument(6)).Bytes;
        var second = PdfTestDocuments.Render(PdfTestDocuments.LongDocument(6)).Bytes;

        Assert.Equal(first, second);
    }

    [Fact]
    public void Large_print_sets_the_body_in_18_point()
    {
        var settings = SeedPdf.Settings with { LargePrint = true };
        var (bytes, result, _) = PdfTestDocuments.Render(SeedPdf.Read(), settings);

        using var pdf = PdfDocument.Open(bytes);
        var sizes = pdf.GetPages().SelectMany(p => p.Letters).GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).First();
        Assert.Equal(18, sizes.Key);
        Assert.True(result.Pages > 2);
    }

    [Fact]
    public void Letter_paper_gives_612_by_792_point_pages()
    {
        var (bytes, _, _) = PdfTestDocuments.Render(SeedPdf.Read(), SeedPdf.Settings with { Paper = Paper.Letter });

        using var pdf = PdfDocument.Open(bytes);
        Assert.All(pdf.GetPages(), p => Assert.Equal((612, 792), ((int)p.Width, (int)p.Height)));
    }

    [Fact]
    public void A_character_no_font_has_is_replaced_and_named_in_a_warning_with_the_fonts_tried()
    {
        var document = PdfTestDocuments.SeedShaped();
        document = document with { Blocks = [new Paragraph([new Text("Rate it \u2605\u2605 or \u2192 go on \U0001E900")]), .. document.Blocks] };

        var (bytes, _, diagnostics) = PdfTestDocuments.Render(document, PdfTestDocuments.Settings with { Fonts = new FontFallback(["No Such Family", "DejaVu Sans"]) });

        // Star and arrow come from the fallback font, drawn as themselves; the Adlam letter is in neither font.
        var warning = Assert.Single(diagnostics.Items, d => d.Rule == "pdf.missing-glyph");
        Assert.Contains("U+1E900", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Atkinson Hyperlegible, DejaVu Sans", warning.Message, StringComparison.Ordinal);
        Assert.Contains("not installed: No Such Family", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Rate it \u2605\u2605 or \u2192 go on ?", BodyText(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_fallback_fonts_a_symbol_is_a_named_question_mark_never_a_look_alike()
    {
        var document = PdfTestDocuments.SeedShaped();
        document = document with { Blocks = [new Paragraph([new Text("Done \u2713 then \u2192 next")]), .. document.Blocks] };

        var (bytes, _, diagnostics) = PdfTestDocuments.Render(document, PdfTestDocuments.Settings with { Fonts = new FontFallback([]) });

        var warnings = diagnostics.Items.Where(d => d.Rule == "pdf.missing-glyph").Select(d => d.Message).ToList();
        Assert.Contains(warnings, m => m.Contains("U+2713", StringComparison.Ordinal));
        Assert.Contains(warnings, m => m.Contains("U+2192", StringComparison.Ordinal));
        Assert.Contains("Done ? then ? next", BodyText(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_another_script_gives_ten_named_warnings_and_one_summary()
    {
        var document = PdfTestDocuments.SeedShaped();
        document = document with { Blocks = [new Paragraph([new Text("\u75e4\u75ae\u662f\u4e00\u79cd\u5e38\u89c1\u7684\u76ae\u80a4\u75c5\u3002\u8bf7\u54a8\u8be2\u533b\u751f")]), .. document.Blocks] };

        var (_, _, diagnostics) = PdfTestDocuments.Render(document, PdfTestDocuments.Settings with { Fonts = new FontFallback([]) });

        var warnings = diagnostics.Items.Where(d => d.Rule == "pdf.missing-glyph").ToList();
        Assert.Equal(11, warnings.Count);
        Assert.Contains("more characters", warnings[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_properties_carry_title_author_subject_keywords_and_source_hash()
    {
        var document = PdfTestDocuments.SeedShaped();
        document = document with { Metadata = document.Metadata with { Summary = "Whether Botox helps acne." } };
        var (bytes, _, _) = PdfTestDocuments.Render(document);

        using var pdf = PdfDocument.Open(bytes);
        var info = pdf.Information;
        Assert.Equal("Can Botox Help Acne In 2023?", info.Title);
        Assert.Equal("Riverside Dermatology Clinic", info.Author);
        Assert.Equal("Whether Botox helps acne.", info.Subject);
        Assert.Contains("source-sha256:" + document.Metadata.Provenance.Sha256, info.Keywords, StringComparison.Ordinal);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = xmp.GetXDocument().ToString();
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xml, StringComparison.Ordinal);
    }

    /// <summary>The text inside the body area (header band and footer left out), in content order.</summary>
    internal static string BodyText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
            foreach (var letter in page.Letters)
                if (letter.StartBaseLine.Y > 72 && letter.StartBaseLine.Y < page.Height - 72) text.Append(letter.Value);
        return text.ToString();
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
