using AcneBotox.Tests.Pdf;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Docx;

/// <summary>pandoc's OOXML tests, in small: the main XML parts, part by part, as normalized XML.</summary>
public sealed class DocxGoldenTests
{
    [Theory]
    [InlineData("word/document.xml", "document.xml")]
    [InlineData("word/styles.xml", "styles.xml")]
    [InlineData("word/numbering.xml", "numbering.xml")]
    [InlineData("word/footer1.xml", "footer1.xml")]
    public void Every_node_part_matches_its_golden(string entry, string golden)
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        Golden.AssertMatches(Path.Combine("Docx", "Golden", "every-node", golden), DocxPackageReader.Normalized(docx, entry));
    }

    [Theory]
    [InlineData("word/document.xml", "document.xml")]
    [InlineData("word/styles.xml", "styles.xml")]
    public void Seed_part_matches_its_golden(string entry, string golden)
    {
        var (docx, _) = DocxTestDocuments.Render(SeedPdf.Read(), SeedPdf.Settings);
        Golden.AssertMatches(Path.Combine("Docx", "Golden", "seed", golden), DocxPackageReader.Normalized(docx, entry));
    }
}
