using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Readers;

/// <summary>Runs a reader on text, bytes or a fixture and keeps the diagnostics for assertions.</summary>
internal static class ReaderHarness
{
    public static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Read(IDocumentReader reader, string path, byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var document = reader.Read(new SourceFile(path, bytes), diagnostics);
        return (document, diagnostics.Items);
    }

    public static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Read(IDocumentReader reader, string path, string text) =>
        Read(reader, path, Encoding.UTF8.GetBytes(text));

    /// <summary>Reads a file under the repository, naming it by its repository-relative path so dumps are stable.</summary>
    public static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) ReadRepoFile(IDocumentReader reader, string relativePath) =>
        Read(reader, relativePath, File.ReadAllBytes(Path.Combine(TestPaths.Root, relativePath)));

    /// <summary>The model dump followed by the diagnostics, so a golden pins both.</summary>
    public static string DumpWithDiagnostics(Document document, IReadOnlyList<Diagnostic> diagnostics)
    {
        var text = new StringBuilder(NativeDump.Write(document));
        foreach (var diagnostic in diagnostics) text.Append("# ").Append(diagnostic).Append('\n');
        return text.ToString();
    }

    public static string[] HeadingTexts(Document document, int level) =>
        [.. document.Blocks.OfType<Heading>().Where(h => h.Level == level).Select(h => ModelWalker.PlainText(h.Inlines))];
}
