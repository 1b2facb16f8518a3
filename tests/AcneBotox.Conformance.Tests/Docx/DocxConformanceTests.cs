using System.Text.RegularExpressions;
using AcneBotox.Cli;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace AcneBotox.Conformance.Tests.Docx;

/// <summary>The Word handout as the Open XML SDK's validator, LibreOffice and pandoc see it, exported through the CLI.</summary>
public sealed class DocxConformanceTests(DocxExportFixture fixture, ITestOutputHelper output) : IClassFixture<DocxExportFixture>
{
    private const string LibreOffice = "apt-get install libreoffice-writer-nogui";
    private const string Pandoc = "apt-get install pandoc";
    private static readonly string[] SeedSections =
    [
        "Introduction", "What is Botox?", "How Does Botox Work?", "Can Botox Help Acne?",
        "How Is Botox Used for Acne?", "What Are the Risks of Using Botox for Acne?", "Conclusion",
    ];

    [Fact]
    public void Exported_seed_passes_the_Office_2019_validator_in_every_variant()
    {
        Assert.Empty(Validate(fixture.Export("a4", DocxExportFixture.Seed)));
        Assert.Empty(Validate(fixture.Export("letter", DocxExportFixture.Seed, "--paper", "letter")));
        Assert.Empty(Validate(fixture.Export("large", DocxExportFixture.Seed, "--large-print")));
        Assert.Empty(Validate(fixture.Export("every-node", DocxExportFixture.EveryNode)));
    }

    [Fact]
    public void Large_print_is_written_next_to_the_default_name_and_docx_is_a_default_format()
    {
        Assert.Equal("can-botox-help-acne.large-print.docx", Path.GetFileName(fixture.Export("large", DocxExportFixture.Seed, "--large-print")));
        Assert.Contains("docx", ToolchainFactory.Create().Writers.Formats);
    }

    [Fact]
    public void Two_exports_are_byte_identical()
    {
        var first = File.ReadAllBytes(fixture.Export("a4", DocxExportFixture.Seed));
        var second = File.ReadAllBytes(fixture.Export("a4-again", DocxExportFixture.Seed));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Pandoc_reads_back_the_title_and_the_seven_section_headings()
    {
        var pandoc = RealClient.Require("pandoc", Pandoc);
        var markdown = PandocMarkdown(pandoc, fixture.Export("a4", DocxExportFixture.Seed));

        Assert.Matches(@"(?m)^title: ""?Can Botox Help Acne In 2023\?""?$", markdown);
        var headings = Regex.Matches(markdown, @"(?m)^# (.+)$").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(SeedSections, headings);
    }

    [Fact]
    public void Pandoc_reads_back_bullet_numbered_and_nested_lists()
    {
        var pandoc = RealClient.Require("pandoc", Pandoc);
        var markdown = PandocMarkdown(pandoc, fixture.Export("every-node", DocxExportFixture.EveryNode));

        Assert.Matches(@"(?m)^1\.\s+Talk to your doctor\.$", markdown);
        Assert.Matches(@"(?m)^2\.\s+Book a visit\.$", markdown);
        Assert.Matches(@"(?m)^-\s+Item one$", markdown);
        Assert.Matches(@"(?m)^\s{4}-\s+Nested item$", markdown);
        Assert.Matches(@"(?m)^title: Botox for Acne$", markdown);
        Assert.Contains("[link](https://example.org)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_converts_the_seed_to_PDF_with_its_page_fields_filled_in()
    {
        var soffice = RealClient.Require("soffice", LibreOffice);
        var folder = fixture.Scratch("pdf");
        var pdf = Convert(soffice, fixture.Export("a4", DocxExportFixture.Seed), folder, "pdf");
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 5), StringComparison.Ordinal);

        var pdftotext = RealClient.Require("pdftotext", "apt-get install poppler-utils");
        var text = RealClient.Run(pdftotext, [pdf, "-"]).StandardOutput;
        Assert.Contains("Can Botox Help Acne In 2023?", text, StringComparison.Ordinal);
        Assert.Matches(@"Page 1 of [1-9]", text);
        Assert.Contains("Riverside Dermatology Clinic", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_reads_the_Title_and_seven_Heading_1_paragraphs_as_headings()
    {
        var soffice = RealClient.Require("soffice", LibreOffice);
        var folder = fixture.Scratch("fodt");
        var flat = File.ReadAllText(Convert(soffice, fixture.Export("a4", DocxExportFixture.Seed), folder, "fodt"));

        Assert.Matches(@"<text:p text:style-name=""Title"">Can Botox Help Acne In 2023\?</text:p>", flat);
        var headings = Regex.Matches(flat, @"<text:h text:style-name=""Heading_20_1"" text:outline-level=""1"">(?:<[^>]+>)*([^<]+)")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(SeedSections, headings);
    }

    [Fact]
    public void Pandocs_own_DOCX_of_the_seed_fails_validation_where_ours_passes()
    {
        var pandoc = RealClient.Require("pandoc", Pandoc);
        var theirs = Path.Combine(fixture.Scratch("pandoc"), "pandoc.docx");
        var outcome = RealClient.Run(pandoc, ["-f", "markdown", "-t", "docx", "-o", theirs, DocxExportFixture.Seed]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);

        var ours = Validate(fixture.Export("a4", DocxExportFixture.Seed));
        var pandocErrors = Validate(theirs);
        output.WriteLine($"Office 2019 validation errors: AcneBotox {ours.Count}, pandoc {pandocErrors.Count}");
        foreach (var error in pandocErrors) output.WriteLine("pandoc: " + error);
        Assert.Empty(ours);
    }

    private static List<string> Validate(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    private static string PandocMarkdown(string pandoc, string docx)
    {
        var outcome = RealClient.Run(pandoc, ["-s", "-f", "docx", "-t", "markdown", "--wrap=none", docx]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        return outcome.StandardOutput;
    }

    // A private profile: LibreOffice refuses to start twice on one profile, and tests must not touch the user's.
    private static string Convert(string soffice, string docx, string folder, string format)
    {
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        var outcome = RealClient.Run(soffice,
            ["-env:UserInstallation=" + profile, "--headless", "--convert-to", format, "--outdir", folder, docx],
            timeout: TimeSpan.FromMinutes(3));
        var converted = Path.Combine(folder, Path.GetFileNameWithoutExtension(docx) + "." + format);
        Assert.True(File.Exists(converted), $"LibreOffice did not convert ({outcome.ExitCode}): {outcome.StandardOutput} {outcome.StandardError}");
        return converted;
    }
}
