using AcneBotox.Conformance.Tests.Parity;

namespace AcneBotox.Conformance.Tests.Print;

/// <summary>
/// The Word handout judged by LibreOffice: converted to a tagged PDF, its lists keep their nesting (one list
/// with sub-lists inside the items, as in our PDF) and its lines sit as far apart as in our PDF.
/// </summary>
public sealed class WordFidelityConformanceTests
{
    public static TheoryData<string> Handouts => ["chemical-peel-aftercare.md", "acne-scar-treatments.md", "every-node.md"];

    [Theory]
    [MemberData(nameof(Handouts))]
    public void LibreOffice_keeps_each_list_one_list_with_its_nested_lists_inside_the_items(string name)
    {
        var soffice = RealClient.Require("soffice", "apt-get install libreoffice-writer-nogui");
        var input = name == "every-node.md"
            ? Path.Combine(RealClient.RepositoryRoot, "tests", "AcneBotox.Tests", "Readers", "Fixtures", name)
            : Path.Combine(ParityExport.HandoutsFolder, name);
        using var export = new ParityExport();
        var (pdf, docx, _, _) = export.Export(input);
        var converted = ConvertToTaggedPdf(soffice, docx);

        var ours = PdfStructureTree.Read(pdf).TopLevelLists().Select(l => l.ListShape()).ToList();
        var theirs = PdfStructureTree.Read(converted).TopLevelLists().Select(l => l.ListShape()).ToList();
        Assert.NotEmpty(ours);
        Assert.Equal(ours, theirs);
        if (name == "chemical-peel-aftercare.md")
            Assert.Contains("L(LI(L(LI,LI)),LI,LI,LI)", theirs);
    }

    public static TheoryData<string, bool> Articles => new()
    {
        { "content/can-botox-help-acne.txt", false },
        { "content/can-botox-help-acne.txt", true },
        { "tests/AcneBotox.Conformance.Tests/Parity/Handouts/chemical-peel-aftercare.md", false },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void LibreOffice_sets_the_Word_lines_within_5_percent_of_the_PDF_line_spacing(string input, bool largePrint)
    {
        var soffice = RealClient.Require("soffice", "apt-get install libreoffice-writer-nogui");
        using var export = new ParityExport();
        var (pdf, docx, _, _) = export.Export(Path.Combine(RealClient.RepositoryRoot, input), largePrint: largePrint);
        var converted = ConvertToTaggedPdf(soffice, docx);

        var ourPitch = BaselinePitch.Measure(pdf);
        var theirPitch = BaselinePitch.Measure(converted);

        // 13 pt x 1.4, or 18 pt x 1.5 in large print.
        Assert.Equal(largePrint ? 27 : 18.2, ourPitch, 0.3);
        Assert.True(Math.Abs(theirPitch - ourPitch) <= 0.05 * ourPitch,
            $"line pitch: ours {ourPitch:0.0} pt, LibreOffice's from the DOCX {theirPitch:0.0} pt");
    }

    // A tagged PDF export (LibreOffice's UseTaggedPDF filter option), in a private profile so runs do not collide.
    private static string ConvertToTaggedPdf(string soffice, string docx)
    {
        var folder = Directory.CreateTempSubdirectory("acnebotox-lo-").FullName;
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        var outcome = RealClient.Run(soffice,
            ["-env:UserInstallation=" + profile, "--headless", "--convert-to",
             "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}", "--outdir", folder, docx],
            timeout: TimeSpan.FromMinutes(3));
        var converted = Path.Combine(folder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        Assert.True(File.Exists(converted), $"LibreOffice did not convert ({outcome.ExitCode}): {outcome.StandardOutput} {outcome.StandardError}");
        return converted;
    }
}
