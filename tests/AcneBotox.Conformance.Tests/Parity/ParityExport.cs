using AcneBotox.Cli;

namespace AcneBotox.Conformance.Tests.Parity;

/// <summary>
/// Exports one article to PDF, DOCX and HTML through the real CLI, in a scratch content folder with a
/// settings file, so the parity and contrast tests judge exactly what a user gets.
/// </summary>
internal sealed class ParityExport : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-parity-").FullName;

    /// <summary>The realistic Markdown handouts written for the parity tests.</summary>
    public static string HandoutsFolder => Path.Combine(RealClient.RepositoryRoot, "tests", "AcneBotox.Conformance.Tests", "Parity", "Handouts");

    /// <summary>Every input the parity test covers: the seed, every reader fixture and the parity handouts.</summary>
    public static IEnumerable<string> Inputs()
    {
        yield return Path.Combine(RealClient.RepositoryRoot, "content", "can-botox-help-acne.txt");
        var fixtures = Path.Combine(RealClient.RepositoryRoot, "tests", "AcneBotox.Tests", "Readers", "Fixtures");
        foreach (var file in Directory.EnumerateFiles(fixtures).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            yield return file;
        foreach (var file in Directory.EnumerateFiles(HandoutsFolder, "*.md").Order(StringComparer.Ordinal))
            yield return file;
    }

    /// <summary>The three outputs' paths.</summary>
    public (string Pdf, string Docx, string Html, string Messages) Export(string input, string brandColor = "#1F5C99", bool largePrint = false)
    {
        var content = Path.Combine(_root, "content");
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(content);
        var name = Path.GetFileName(input);
        File.Copy(input, Path.Combine(content, name), overwrite: true);
        var images = Path.Combine(Path.GetDirectoryName(input)!, "images");
        if (Directory.Exists(images))
        {
            Directory.CreateDirectory(Path.Combine(content, "images"));
            foreach (var image in Directory.EnumerateFiles(images))
                File.Copy(image, Path.Combine(content, "images", Path.GetFileName(image)), overwrite: true);
        }
        // images.missing: warning, because botox-for-sweating.md names a picture that is not there on purpose: every
        // format must show the same "picture not available" note, which a failed document would not.
        File.WriteAllText(Path.Combine(content, "handout.yml"), $"""
            organization: Riverside Dermatology Clinic
            contact: "Questions? Call 555-0134 or email nurse@riverside.example."
            brandColor: "{brandColor}"
            images:
              missing: warning
            """);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        string[] args = ["export", Path.Combine(content, name), "-o", output, "-f", "pdf,docx,html", "--force"];
        var exit = CliApp.Run(largePrint ? [.. args, "--large-print"] : args, stdout, stderr);
        Assert.True(exit is 0 or 1, $"export of {name} failed (exit {exit}):\n{stderr}");
        var stem = Path.Combine(output, Path.GetFileNameWithoutExtension(name) + (largePrint ? ".large-print" : ""));
        return (stem + ".pdf", stem + ".docx", stem + ".html", stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
