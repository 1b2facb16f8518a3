using AcneBotox.Cli;

namespace AcneBotox.Conformance.Tests.Pdf;

/// <summary>Exports the seed article through the real CLI, once per variant, into a temporary folder.</summary>
public sealed class SeedPdfFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "acnebotox-pdf-" + Guid.NewGuid().ToString("N"));

    public static string Seed => Path.Combine(RealClient.RepositoryRoot, "content", "can-botox-help-acne.txt");

    /// <summary>Runs <c>acnebotox export SEED -f pdf -o FOLDER EXTRA...</c> and returns the written PDF's path.</summary>
    public string Export(string variant, params string[] extra)
    {
        var folder = Path.Combine(_root, variant);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["export", Seed, "-f", "pdf", "-o", folder, .. extra], stdout, stderr);
        Assert.True(code == CliApp.ExitOk, $"export failed ({code}): {stderr}");
        return Assert.Single(Directory.GetFiles(folder, "*.pdf"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
