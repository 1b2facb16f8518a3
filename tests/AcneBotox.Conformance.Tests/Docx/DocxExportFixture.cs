using System.Collections.Concurrent;
using AcneBotox.Cli;

namespace AcneBotox.Conformance.Tests.Docx;

/// <summary>Exports articles to DOCX through the real CLI, once per variant, into a temporary folder.</summary>
public sealed class DocxExportFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "acnebotox-docx-" + Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<string, string> _exports = new();

    public static string Seed => Path.Combine(RealClient.RepositoryRoot, "content", "can-botox-help-acne.txt");

    /// <summary>The Markdown reader's every-node fixture: lists, nested lists, a table, callouts, links.</summary>
    public static string EveryNode => Path.Combine(RealClient.RepositoryRoot, "tests", "AcneBotox.Tests", "Readers", "Fixtures", "every-node.md");

    /// <summary>A folder for scratch files of one test.</summary>
    public string Scratch(string name)
    {
        var folder = Path.Combine(_root, "scratch-" + name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Runs <c>acnebotox export INPUT -f docx -o FOLDER EXTRA...</c> (once per variant) and returns the DOCX's path.</summary>
    public string Export(string variant, string input, params string[] extra) => _exports.GetOrAdd(variant, _ =>
    {
        var folder = Path.Combine(_root, variant);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(["export", input, "-f", "docx", "-o", folder, .. extra], stdout, stderr);
        Assert.True(code == CliApp.ExitOk, $"export failed ({code}): {stderr}");
        return Assert.Single(Directory.GetFiles(folder, "*.docx"));
    });

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
