using AcneBotox.Core.Composition;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Transforms;
using AcneBotox.Core.Writers;

namespace AcneBotox.Benchmarks;

/// <summary>The seed article (content/can-botox-help-acne.txt) read, transformed and composed, as every writer receives it.</summary>
public static class SeedHandout
{
    /// <summary>The seed's path, found by walking up from the working folder to the repository root.</summary>
    public static string SourcePath { get; } = FindSeed();

    /// <summary>The settings every benchmark uses (the defaults, like an empty handout.yml).</summary>
    public static HandoutSettings Settings { get; } = new();

    /// <summary>Reads and composes the seed; returns the handout and the context writers take.</summary>
    public static (Document Document, ComposedHandout Handout, RenderContext Context) Load()
    {
        var diagnostics = new DiagnosticBag();
        var source = new SourceFile(SourcePath, File.ReadAllBytes(SourcePath));
        var document = new PlainTextReader().Read(source, diagnostics);
        document = new ApplySettingsDefaults().Apply(document, Settings, diagnostics);
        var context = new RenderContext(Settings, Timestamps.For(document.Metadata), NoResources.Instance, diagnostics, SourcePath);
        return (document, HandoutComposer.Compose(document, context), context);
    }

    private static string FindSeed()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "content", "can-botox-help-acne.txt");
            if (File.Exists(candidate)) return candidate;
        }
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "content", "can-botox-help-acne.txt");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("run the benchmarks from inside the repository: content/can-botox-help-acne.txt was not found");
    }
}
