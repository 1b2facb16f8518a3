using AcneBotox.Cli;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Settings;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Pdf;

/// <summary>The real seed article read by the real reader with the bundled settings.</summary>
internal static class SeedPdf
{
    public static HandoutSettings Settings { get; } =
        HandoutSettingsLoader.Load(Path.Combine(TestPaths.Content, "handout.yml"), required: true, new DiagnosticBag());

    public static Document Read()
    {
        var exporter = new DocumentExporter(ToolchainFactory.Create(), new ExportOptions(Path.GetTempPath(), ["pdf"], Settings));
        return exporter.ReadDocument(TestPaths.Seed, new DiagnosticBag());
    }
}
