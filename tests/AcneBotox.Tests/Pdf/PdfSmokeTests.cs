namespace AcneBotox.Tests.Pdf;

public sealed class PdfSmokeTests
{
    [Fact]
    public void Seed_shaped_document_renders_to_a_pdf()
    {
        var (bytes, result, _) = PdfTestDocuments.Render(PdfTestDocuments.SeedShaped());
        var dump = Environment.GetEnvironmentVariable("ACNEBOTOX_PDF_DUMP");
        if (dump is not null)
        {
            File.WriteAllBytes(Path.Combine(dump, "seed.pdf"), bytes);
            File.WriteAllBytes(Path.Combine(dump, "long.pdf"), PdfTestDocuments.Render(PdfTestDocuments.LongDocument(40)).Bytes);
        }
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal(2, result.Pages);
    }
}
