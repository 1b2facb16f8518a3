using System.Text.Json;

namespace AcneBotox.Conformance.Tests.Html;

/// <summary>One visible text run as Chromium computed it.</summary>
internal sealed record ProbedRun(string Text, string Element, double Points, bool Italic, int Words, string Family);

/// <summary>What Chromium reports for a page at a viewport width (.ci/tools/page-probe.js).</summary>
internal sealed record ProbedPage(int ScrollWidth, int ClientWidth, IReadOnlyList<string> FontsLoaded, IReadOnlyList<ProbedRun> Runs)
{
    public static ProbedPage Open(string file, int width)
    {
        var node = RealClient.Require("node", "install Node.js 20");
        RealClient.RequireFile("/usr/bin/chromium", "apt-get install chromium");
        RealClient.RequireFile(Path.Combine(HtmlPages.ToolsFolder, "node_modules", "puppeteer-core", "package.json"), "run npm ci in .ci/tools");
        var outcome = RealClient.Run(node, [Path.Combine(HtmlPages.ToolsFolder, "page-probe.js"), file, "--width", width.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            HtmlPages.ToolsFolder);
        Assert.True(outcome.ExitCode == 0, $"page-probe could not run (exit {outcome.ExitCode}):\n{outcome.StandardError}");
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var root = json.RootElement;
        return new ProbedPage(
            root.GetProperty("scrollWidth").GetInt32(),
            root.GetProperty("clientWidth").GetInt32(),
            [.. root.GetProperty("fontsLoaded").EnumerateArray().Select(f => f.GetString()!)],
            [.. root.GetProperty("runs").EnumerateArray().Select(r => new ProbedRun(
                r.GetProperty("text").GetString()!, r.GetProperty("element").GetString()!, r.GetProperty("points").GetDouble(),
                r.GetProperty("italic").GetBoolean(), r.GetProperty("words").GetInt32(), r.GetProperty("family").GetString()!))]);
    }
}
