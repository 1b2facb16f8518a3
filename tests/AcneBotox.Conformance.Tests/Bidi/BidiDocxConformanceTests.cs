using System.Xml.Linq;
using AcneBotox.Conformance.Tests.Docx;

namespace AcneBotox.Conformance.Tests.Bidi;

/// <summary>Right-to-left handouts in Word as pandoc and LibreOffice read them: the RTL paragraphs stay RTL.</summary>
public sealed class BidiDocxConformanceTests(DocxExportFixture fixture) : IClassFixture<DocxExportFixture>
{
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    internal static string Handout(string name) => Path.Combine(RealClient.RepositoryRoot, "tests", "AcneBotox.Conformance.Tests", "Bidi", "Handouts", name);

    [Theory]
    [InlineData("ar.md", "اتصل بالعيادة")]
    [InlineData("he.md", "התקשרו למרפאה")]
    public void Pandoc_reads_the_right_to_left_paragraphs_as_rtl(string name, string phrase)
    {
        var pandoc = RealClient.Require("pandoc", "apt-get install pandoc");
        var docx = fixture.Export("bidi-" + name, Handout(name));
        var outcome = RealClient.Run(pandoc, ["-f", "docx", "-t", "html", "--wrap=none", docx]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        var html = outcome.StandardOutput;
        var paragraph = html.Split('\n').Single(line => line.Contains(phrase, StringComparison.Ordinal));
        Assert.Contains("dir=\"rtl\"", paragraph, StringComparison.Ordinal);
        // Logical order is kept: the phone number and the Latin drug name are in the text as written.
        Assert.Contains("555-0134", paragraph, StringComparison.Ordinal);
        Assert.Contains("(Botox)", paragraph, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar.md", "اتصل بالعيادة")]
    [InlineData("he.md", "התקשרו למרפאה")]
    public void LibreOffice_sets_the_right_to_left_paragraphs_right_to_left(string name, string phrase)
    {
        var soffice = RealClient.Require("soffice", "apt-get install libreoffice-writer-nogui");
        var folder = fixture.Scratch("bidi-fodt-" + name);
        var docx = fixture.Export("bidi-" + name, Handout(name));
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        RealClient.Run(soffice, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "fodt", "--outdir", folder, docx], timeout: TimeSpan.FromMinutes(3));
        var converted = Path.Combine(folder, Path.GetFileNameWithoutExtension(docx) + ".fodt");
        Assert.True(File.Exists(converted), "LibreOffice did not convert the handout");
        var flat = XDocument.Load(converted);
        var rightToLeft = flat.Descendants(Style + "style")
            .Where(s => s.Element(Style + "paragraph-properties")?.Attribute(Style + "writing-mode")?.Value == "rl-tb")
            .Select(s => s.Attribute(Style + "name")!.Value).ToHashSet(StringComparer.Ordinal);
        var paragraph = flat.Descendants(Text + "p").First(p => p.Value.Contains(phrase, StringComparison.Ordinal));
        Assert.Contains(paragraph.Attribute(Text + "style-name")?.Value ?? "", rightToLeft);
        var reference = flat.Descendants(Text + "p").FirstOrDefault(p => p.Value.StartsWith("Journal of Dermatology", StringComparison.Ordinal));
        if (reference is not null) Assert.DoesNotContain(reference.Attribute(Text + "style-name")?.Value ?? "", rightToLeft);
    }
}
