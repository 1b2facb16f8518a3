using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AcneBotox.Conformance.Tests.Html;

namespace AcneBotox.Conformance.Tests.Preview;

/// <summary>
/// <c>acnebotox preview</c> in headless Chromium (.ci/tools/preview-check.js): the page passes axe-core, and saving the
/// Markdown file changes the page's text and findings by itself within 2 seconds.
/// </summary>
public partial class PreviewBrowserTests
{
    private static readonly TimeSpan BrowserLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public void Saving_the_article_updates_the_pages_text_and_findings_within_two_seconds_and_the_page_passes_axe()
    {
        var node = RealClient.Require("node", "install Node.js 20");
        RealClient.RequireFile("/usr/bin/chromium", "apt-get install chromium");
        RealClient.RequireFile(Path.Combine(HtmlPages.ToolsFolder, "node_modules", "puppeteer-core", "package.json"), "run npm ci in .ci/tools");
        RealClient.RequireFile(Path.Combine(HtmlPages.ToolsFolder, "node_modules", "axe-core", "axe.min.js"), "run npm ci in .ci/tools");
        using var folder = new PreviewFolder();
        using var preview = PreviewProcess.Start(folder.Content);
        using var browser = StartBrowser(node, preview.Address);

        using var ready = ReadLine(browser);
        Assert.Equal("ready", ready.RootElement.GetProperty("phase").GetString());
        Assert.Equal("Caring for your skin after a peel", ready.RootElement.GetProperty("title").GetString());
        Assert.Contains("Your skin may feel tight.", ready.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        var findingsBefore = Strings(ready, "findings");
        Assert.DoesNotContain(findingsBefore, f => f.Contains("utilize", StringComparison.Ordinal));
        Assert.DoesNotContain(findingsBefore, f => f.Contains("sentence of", StringComparison.Ordinal));
        AssertNoViolations(ready, "the preview page");

        // The edit: a 31-word sentence with a jargon word, and a new title.
        var marker = "Saved" + Guid.NewGuid().ToString("N")[..8];
        var edited = PreviewFolder.FirstVersion
            .Replace("title: Caring for your skin after a peel", "title: Skin care after a chemical peel", StringComparison.Ordinal)
            .Replace("Your skin may feel tight.",
                $"{marker}: for the first two days you should utilize only a mild cleanser and cool water, because hot water and strong soap can sting and make the redness last much longer.",
                StringComparison.Ordinal);
        File.WriteAllText(folder.Article, edited);
        browser.StandardInput.WriteLine("go " + marker);
        browser.StandardInput.Close();

        using var updated = ReadLine(browser);
        var root = updated.RootElement;
        Assert.True(root.GetProperty("phase").GetString() == "updated",
            $"the page did not show the saved text: {root}\npreview said: {preview.StandardOutput}{preview.StandardError}");
        Assert.False(root.GetProperty("reloaded").GetBoolean(), "the page reloaded itself instead of updating in place");
        var elapsed = root.GetProperty("elapsedMs").GetInt32();
        TestContext.Current.SendDiagnosticMessage($"preview: the saved text showed in {elapsed} ms");
        Assert.True(elapsed < 2000, $"the page took {elapsed} ms to show the saved text (limit 2000 ms)");
        Assert.Equal("Skin care after a chemical peel", root.GetProperty("title").GetString());
        Assert.DoesNotContain("Your skin may feel tight.", root.GetProperty("source").GetString(), StringComparison.Ordinal);
        var findingsAfter = Strings(updated, "findings");
        Assert.Contains(findingsAfter, f => f.Contains("\"utilize\" may be hard for patients", StringComparison.Ordinal) && f.Contains("plainer: use", StringComparison.Ordinal));
        Assert.Contains(findingsAfter, f => LongSentence().Match(f) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) >= 30);
        // Marked in place: the jargon word and the long sentence in the source view.
        var marks = Strings(updated, "marks");
        Assert.Contains(marks, m => m.EndsWith(": utilize", StringComparison.Ordinal) && m.Contains("jargon", StringComparison.Ordinal));
        Assert.Contains(marks, m => m.Split(':')[0].Split(' ').Contains("long") && m.Contains(marker, StringComparison.Ordinal));
        AssertNoViolations(updated, "the updated preview page");

        browser.WaitForExit(BrowserLimit);
        Assert.Equal(0, preview.Interrupt(TimeSpan.FromSeconds(30)));
        Assert.Contains("preview stopped", preview.StandardError, StringComparison.Ordinal);
    }

    private static Process StartBrowser(string node, Uri address)
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = HtmlPages.ToolsFolder,
        };
        start.ArgumentList.Add(Path.Combine(HtmlPages.ToolsFolder, "preview-check.js"));
        start.ArgumentList.Add(address.ToString());
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) TestContext.Current.SendDiagnosticMessage("preview-check: " + e.Data);
        };
        process.BeginErrorReadLine();
        return process;
    }

    private static JsonDocument ReadLine(Process browser)
    {
        var line = browser.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask();
        Assert.True(line.Wait(BrowserLimit), "preview-check.js printed nothing in time");
        Assert.True(line.Result is not null, $"preview-check.js ended early (exit {(browser.HasExited ? browser.ExitCode : -1)})");
        return JsonDocument.Parse(line.Result!);
    }

    private static List<string> Strings(JsonDocument report, string name) =>
        [.. report.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "")];

    private static void AssertNoViolations(JsonDocument report, string what)
    {
        var violations = report.RootElement.GetProperty("violations");
        Assert.True(violations.GetArrayLength() == 0, $"axe on {what}:\n{violations}");
    }

    [GeneratedRegex(@"sentence of (\d+) words")]
    private static partial Regex LongSentence();
}
