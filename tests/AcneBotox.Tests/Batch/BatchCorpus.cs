using System.Globalization;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Batch;

/// <summary>A throwaway folder of articles made from the seed, each with its own title so hashes differ.</summary>
public sealed class BatchCorpus : IDisposable
{
    /// <summary>Creates <paramref name="count"/> articles under a new temporary folder.</summary>
    public BatchCorpus(int count, string? settingsYaml = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "acnebotox-batch-" + Guid.NewGuid().ToString("N"));
        Content = Path.Combine(Root, "content");
        Output = Path.Combine(Root, "output");
        Directory.CreateDirectory(Content);
        var seed = File.ReadAllLines(TestPaths.Seed);
        for (var i = 1; i <= count; i++) Write(i, seed);
        if (settingsYaml is not null) File.WriteAllText(Path.Combine(Content, "handout.yml"), settingsYaml);
    }

    /// <summary>The temporary folder holding content/ and output/.</summary>
    public string Root { get; }

    /// <summary>The articles' folder.</summary>
    public string Content { get; }

    /// <summary>The output folder the tests export to.</summary>
    public string Output { get; }

    /// <summary>The path of article number <paramref name="number"/>.</summary>
    public string Article(int number) => Path.Combine(Content, string.Create(CultureInfo.InvariantCulture, $"article-{number:000}.txt"));

    /// <summary>Runs the CLI in-process with <paramref name="args"/>; returns exit code, stdout and stderr.</summary>
    public static (int Exit, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = AcneBotox.Cli.CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>export</c> of this corpus to its output folder with extra <paramref name="args"/>.</summary>
    public (int Exit, string Stdout, string Stderr) Export(params string[] args) =>
        Cli(["export", Content, "-o", Output, .. args]);

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private void Write(int number, string[] seed)
    {
        var lines = (string[])seed.Clone();
        // Distinct titles (and so distinct text and hashes), like a real corpus.
        lines[0] = string.Create(CultureInfo.InvariantCulture, $"{lines[0].TrimEnd()} (handout {number})");
        File.WriteAllLines(Article(number), lines);
    }
}
