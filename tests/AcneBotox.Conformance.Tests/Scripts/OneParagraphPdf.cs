using AcneBotox.Cli;

namespace AcneBotox.Conformance.Tests.Scripts;

/// <summary>
/// Exports a PDF whose body is one paragraph, through the real CLI. The organization and title are a single "Q", a
/// letter no test word contains, so the first body-size glyphs on the page are the paragraph's.
/// </summary>
internal static class OneParagraphPdf
{
    /// <summary>Writes <c>NAME.md</c> under <paramref name="root"/>, exports it and returns the PDF's path.</summary>
    public static string Export(string root, string name, string paragraph, string language = "en")
    {
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "handout.yml"), "organization: Q\n");
        File.WriteAllText(Path.Combine(content, name + ".md"), $"---\ntitle: Q\nlanguage: {language}\n---\n\n{paragraph}\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["export", Path.Combine(content, name + ".md"), "-o", Path.Combine(root, "out"), "-f", "pdf", "--force"], stdout, stderr);
        Assert.True(exit is 0 or 1, stderr.ToString());
        return Path.Combine(root, "out", name + ".pdf");
    }
}
