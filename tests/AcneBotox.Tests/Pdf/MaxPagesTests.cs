using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Pdf;

/// <summary><c>maxPages</c>: the layout fits tighter before it gives up, then warns with the page count.</summary>
public sealed class MaxPagesTests
{
    [Fact]
    public void A_handout_over_max_pages_is_fitted_tighter_and_warned_about_with_its_page_count()
    {
        var saved = 0;
        for (var sections = 6; sections <= 12; sections++)
        {
            var document = PdfTestDocuments.LongDocument(sections);
            var free = PdfTestDocuments.Render(document);
            var limited = PdfTestDocuments.Render(document, PdfTestDocuments.Settings with { MaxPages = 1 });

            Assert.True(limited.Result.Pages <= free.Result.Pages, $"{sections} sections: tighter fit gave {limited.Result.Pages} pages, normal {free.Result.Pages}");
            if (limited.Result.Pages < free.Result.Pages) saved++;
            var warning = Assert.Single(limited.Diagnostics.Items, d => d.Rule == "pdf.max-pages");
            Assert.Contains($"the PDF takes {limited.Result.Pages} pages, more than maxPages 1 ({free.Result.Pages} at normal spacing", warning.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(free.Diagnostics.Items, d => d.Rule == "pdf.max-pages");
        }
        Assert.True(saved > 0, "closer spacing and smaller figures never saved a page");
    }

    [Fact]
    public void A_handout_within_max_pages_is_laid_out_exactly_as_without_it()
    {
        var document = PdfTestDocuments.SeedShaped();
        var free = PdfTestDocuments.Render(document);
        var limited = PdfTestDocuments.Render(document, PdfTestDocuments.Settings with { MaxPages = 2 });

        Assert.Equal(2, free.Result.Pages);
        Assert.Equal(free.Bytes, limited.Bytes);
        Assert.DoesNotContain(limited.Diagnostics.Items, d => d.Rule == "pdf.max-pages");
    }

    [Fact]
    public void The_seed_still_fits_two_a4_pages_at_normal_size()
    {
        Assert.Equal(2, PdfTestDocuments.Render(PdfTestDocuments.SeedShaped(), new HandoutSettings()).Result.Pages);
    }
}
