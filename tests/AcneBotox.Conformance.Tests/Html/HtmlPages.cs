using AcneBotox.Cli;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using AcneBotox.Core.Writers.Html;
using AcneBotox.Tests.Writers.Html;

namespace AcneBotox.Conformance.Tests.Html;

/// <summary>Writes the HTML pages the real clients judge into a fresh temporary folder.</summary>
internal static class HtmlPages
{
    /// <summary>
    /// The pages by name: built from the model (the every-node fixture also with a too-light brand
    /// colour in large print on Letter, so the darkened text colour is judged too), and the seed
    /// article and the Markdown every-node fixture through the real pipeline, the batch index page
    /// of an export of both (with a failed document, an escaped file name and two language versions of one
    /// article), and the Spanish version of that article with its language switcher.
    /// </summary>
    public static readonly string[] Names = ["seed-shaped", "every-node", "every-node-light-brand-large-print", "seed-article", "markdown-every-node", "batch-index", "language-switcher"];

    /// <summary>The CI tools folder (package.json, axe-check.js, node_modules).</summary>
    public static string ToolsFolder => Path.Combine(RealClient.RepositoryRoot, ".ci", "tools");

    /// <summary>Writes page <paramref name="name"/> and returns its path.</summary>
    public static string Write(string name)
    {
        var folder = Directory.CreateTempSubdirectory("acnebotox-html-").FullName;
        if (name == "seed-article") return Export(folder, Path.Combine(RealClient.RepositoryRoot, "content", "can-botox-help-acne.txt"));
        if (name == "markdown-every-node")
            return Export(folder, Path.Combine(RealClient.RepositoryRoot, "tests", "AcneBotox.Tests", "Readers", "Fixtures", "every-node.md"));
        if (name == "batch-index") return BatchIndex(folder);
        if (name == "language-switcher") return Path.Combine(Path.GetDirectoryName(BatchIndex(folder))!, "cuidado-solar.html");
        var document = name == "seed-shaped" ? HtmlTestDocuments.SeedShaped() : HtmlTestDocuments.EveryNode();
        var path = Path.Combine(folder, name + ".html");
        using var file = File.Create(path);
        var settings = name.EndsWith("-light-brand-large-print", StringComparison.Ordinal)
            ? HtmlTestDocuments.Settings with { BrandColor = "#FFD700", LargePrint = true, Paper = Paper.Letter }
            : HtmlTestDocuments.Settings;
        new HtmlWriter().Write(document, HtmlTestDocuments.Context(document, settings), file);
        return path;
    }

    // The index page of a real batch export: the seed under a name that needs escaping, the Markdown
    // fixture, and an input that fails, so every kind of row is judged.
    private static string BatchIndex(string output)
    {
        var content = Directory.CreateTempSubdirectory("acnebotox-index-content-").FullName;
        try
        {
            File.Copy(Path.Combine(RealClient.RepositoryRoot, "content", "can-botox-help-acne.txt"), Path.Combine(content, "botox & acne <seed>.txt"));
            File.Copy(Path.Combine(RealClient.RepositoryRoot, "tests", "AcneBotox.Tests", "Readers", "Fixtures", "every-node.md"), Path.Combine(content, "every-node.md"));
            File.WriteAllBytes(Path.Combine(content, "broken.txt"), [0xFF, 0xFE, 0x00]);
            File.Copy(Path.Combine(RealClient.RepositoryRoot, "content", "handout.yml"), Path.Combine(content, "handout.yml"));
            // every-node.md's missing picture must not fail it: broken.txt is the failed row.
            File.AppendAllText(Path.Combine(content, "handout.yml"), "\nimages:\n  missing: warning\n");
            File.WriteAllText(Path.Combine(content, "sun-care.md"),
                "---\ntitle: Sun care after a peel\nlanguage: en\nreviewed: 2026-10-01\n---\nUse sunscreen every day.\n");
            File.WriteAllText(Path.Combine(content, "cuidado-solar.md"),
                "---\ntitle: Cuidado del sol\nlanguage: es\nreviewed: 2026-10-01\ntranslationOf: sun-care.md\n---\nUse crema solar todos los días.\n");
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            CliApp.Run(["export", content, "-o", output, "-f", "html,pdf", "--quiet"], stdout, stderr);
            var index = Path.Combine(output, IndexPage.FileName);
            Assert.True(File.Exists(index), $"no index page:\n{stderr}");
            return index;
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    // Real inputs go through the same toolchain and settings file as `acnebotox export`.
    private static string Export(string folder, string input)
    {
        var content = Path.Combine(RealClient.RepositoryRoot, "content");
        // The every-node fixture's picture is missing on purpose: the page shows the "not available" note.
        var settings = HandoutSettingsLoader.Load(Path.Combine(content, "handout.yml"), required: true, new DiagnosticBag())
            with { MissingImages = Severity.Warning };
        var exporter = new DocumentExporter(ToolchainFactory.Create(),
            new ExportOptions(folder, ["html"], settings, Path.GetDirectoryName(input)));
        var result = exporter.Export(input);
        Assert.Equal(DocumentStatus.Ok, result.Status);
        return Assert.Single(result.Outputs).Path;
    }
}
