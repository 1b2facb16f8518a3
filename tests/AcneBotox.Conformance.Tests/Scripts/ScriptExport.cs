using AcneBotox.Cli;

namespace AcneBotox.Conformance.Tests.Scripts;

/// <summary>Exports one script handout to PDF, DOCX and HTML through the real CLI, in a scratch folder with its own settings.</summary>
internal sealed class ScriptExport : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-scripts-").FullName;

    /// <summary>The outputs and everything the command printed to stderr.</summary>
    public (string Pdf, string Docx, string Html, string Messages) Export(string name, string extraSettings = "")
    {
        var content = Path.Combine(_root, "content");
        var output = Path.Combine(_root, "output");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(Path.Combine(content, "empty-fonts"));
        File.Copy(Path.Combine(ScriptHandouts.Folder, name), Path.Combine(content, name), overwrite: true);
        File.WriteAllText(Path.Combine(content, "handout.yml"), "organization: Riverside Skin Clinic\n" + extraSettings);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(["export", Path.Combine(content, name), "-o", output, "-f", "pdf,docx,html", "--force"], stdout, stderr);
        Assert.True(exit is 0 or 1, $"export of {name} failed (exit {exit}):\n{stderr}");
        var stem = Path.Combine(output, Path.GetFileNameWithoutExtension(name));
        return (stem + ".pdf", stem + ".docx", stem + ".html", stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
