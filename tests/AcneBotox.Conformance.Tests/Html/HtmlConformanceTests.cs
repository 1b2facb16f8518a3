using System.Text.Json;

namespace AcneBotox.Conformance.Tests.Html;

/// <summary>The HTML handout judged by the W3C Nu checker and by axe-core running in Chromium.</summary>
public class HtmlConformanceTests
{
    public static TheoryData<string> Pages => [.. HtmlPages.Names];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Nu_checker_finds_no_errors_or_warnings(string page)
    {
        var java = RealClient.Require("java", "apt-get install default-jre-headless");
        var jar = RealClient.RequireFile(Path.Combine(HtmlPages.ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"),
            "run npm ci in .ci/tools");
        var file = HtmlPages.Write(page);

        var outcome = RunAndCleanUp(file, () => RealClient.Run(java, ["-jar", jar, "--format", "json", "--stdout", file]));

        using var report = JsonDocument.Parse(outcome.StandardOutput);
        var messages = report.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{m.GetProperty("type").GetString()} {(m.TryGetProperty("subType", out var sub) ? sub.GetString() : "")}: "
                + $"{m.GetProperty("message").GetString()} (line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)})")
            .ToList();
        Assert.True(messages.Count == 0, $"vnu on {page}:\n{string.Join('\n', messages)}");
        Assert.Equal(0, outcome.ExitCode);
    }

    public static TheoryData<string, string> PagesInBothSchemes =>
        [.. HtmlPages.Names.SelectMany(page => new[] { (page, "light"), (page, "dark") })];

    [Theory]
    [MemberData(nameof(PagesInBothSchemes))]
    public void Axe_finds_no_violations_in_chromium_in_light_and_dark_schemes(string page, string scheme)
    {
        var node = RealClient.Require("node", "install Node.js 20");
        RealClient.RequireFile("/usr/bin/chromium", "apt-get install chromium");
        RealClient.RequireFile(Path.Combine(HtmlPages.ToolsFolder, "node_modules", "puppeteer-core", "package.json"), "run npm ci in .ci/tools");
        RealClient.RequireFile(Path.Combine(HtmlPages.ToolsFolder, "node_modules", "axe-core", "axe.min.js"), "run npm ci in .ci/tools");
        var file = HtmlPages.Write(page);

        var outcome = RunAndCleanUp(file, () => RealClient.Run(node, [Path.Combine(HtmlPages.ToolsFolder, "axe-check.js"), file, "--scheme", scheme], HtmlPages.ToolsFolder));

        Assert.True(outcome.ExitCode is 0 or 1, $"axe-check could not run (exit {outcome.ExitCode}):\n{outcome.StandardError}");
        using var report = JsonDocument.Parse(outcome.StandardOutput);
        var violations = report.RootElement.GetProperty("violations");
        Assert.Equal(scheme, report.RootElement.GetProperty("scheme").GetString());
        Assert.True(violations.GetArrayLength() == 0, $"axe on {page} ({scheme}):\n{outcome.StandardOutput}");
        Assert.Equal(0, outcome.ExitCode);
    }

    private static ProcessOutcome RunAndCleanUp(string file, Func<ProcessOutcome> run)
    {
        try
        {
            return run();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
