using System.Text.Json;
using AcneBotox.Cli;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Settings;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Checks;

public sealed class CheckCommandTests
{
    private static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Json_has_scores_for_the_document_and_each_of_the_seven_sections()
    {
        var (code, stdout, _) = Cli("check", TestPaths.Seed, "--format", "json");
        Assert.Equal(CliApp.ExitOk, code);
        using var json = JsonDocument.Parse(stdout);
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(11.2, document.GetProperty("readability").GetProperty("fleschKincaidGrade").GetDouble());
        Assert.Equal(13.7, document.GetProperty("readability").GetProperty("smog").GetDouble());
        var sections = document.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(
            ["Introduction", "What is Botox?", "How Does Botox Work?", "Can Botox Help Acne?", "How Is Botox Used for Acne?",
             "What Are the Risks of Using Botox for Acne?", "Conclusion"],
            sections.Select(s => s.GetProperty("heading").GetString()));
        foreach (var section in sections)
        {
            var readability = section.GetProperty("readability");
            foreach (var key in new[] { "fleschReadingEase", "fleschKincaidGrade", "smog", "colemanLiau" })
                Assert.Equal(JsonValueKind.Number, readability.GetProperty(key).ValueKind);
            Assert.True(readability.GetProperty("words").GetInt32() > 0);
        }
        var rules = document.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ToList();
        Assert.Contains("readability.grade", rules);
        Assert.Contains("readability.long-sentence", rules);
    }

    [Fact]
    public void Json_output_is_pinned_by_a_golden_file()
    {
        var (_, stdout, _) = Cli("check", TestPaths.Seed, "--format", "json");
        var stable = stdout.Replace(TestPaths.Root.Replace('\\', '/') + "/", "", StringComparison.Ordinal);
        Golden.AssertMatches("Checks/Golden/can-botox-help-acne.check.json", stable);
    }

    [Fact]
    public void Text_report_has_a_table_and_the_findings()
    {
        var (code, stdout, _) = Cli("check", TestPaths.Seed);
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Contains("Whole document", stdout, StringComparison.Ordinal);
        Assert.Contains("What is Botox?", stdout, StringComparison.Ordinal);
        Assert.Contains("warning: reading grade 11.2", stdout, StringComparison.Ordinal);
        Assert.Contains("1 document checked", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_on_warning_exits_1()
    {
        Assert.Equal(CliApp.ExitDocumentFailed, Cli("check", TestPaths.Seed, "--fail-on", "warning").Code);
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(CliApp.ExitUsage, Cli("check", Path.Combine(TestPaths.Root, "no-such-file.txt")).Code);
        Assert.Equal(CliApp.ExitUsage, Cli("check", TestPaths.Seed, "--format", "xml").Code);
        Assert.Equal(CliApp.ExitUsage, Cli("check", TestPaths.Seed, "--fail-on", "info").Code);
    }

    [Fact]
    public void An_unreadable_document_exits_1_with_an_error_finding()
    {
        var folder = Directory.CreateTempSubdirectory("acnebotox-check-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "handout.yml"), "limits:\n  maxInputBytes: 1024\n");
            var big = Path.Combine(folder.FullName, "big.txt");
            File.WriteAllText(big, new string('x', 2000));
            var (code, stdout, _) = Cli("check", big, "--format", "json");
            Assert.Equal(CliApp.ExitDocumentFailed, code);
            using var json = JsonDocument.Parse(stdout);
            var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
            Assert.Equal("failed", document.GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, document.GetProperty("readability").ValueKind);
            var finding = Assert.Single(document.GetProperty("findings").EnumerateArray());
            Assert.Equal(("input.too-large", "error"), (finding.GetProperty("rule").GetString(), finding.GetProperty("severity").GetString()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Export_runs_the_checks_and_keeps_their_findings()
    {
        var toolchain = ToolchainFactory.Create();
        var options = new ExportOptions(Path.Combine(Path.GetTempPath(), "acnebotox-unused"), [], new HandoutSettings());
        var result = new DocumentExporter(toolchain, options).Export(TestPaths.Seed);
        Assert.Equal(DocumentStatus.Ok, result.Status);
        Assert.Contains(result.Diagnostics, d => d.Rule == "readability.grade" && d.Severity == Severity.Warning);
        Assert.Contains(result.Diagnostics, d => d.Rule == "readability.long-sentence");
    }

    [Fact]
    public void Export_prints_the_findings_as_warnings()
    {
        var folder = Directory.CreateTempSubdirectory("acnebotox-export-");
        try
        {
            // The exit code depends on the writers (checks run before any writer), so only the warnings are asserted.
            var (_, _, stderr) = Cli("export", TestPaths.Seed, "-o", folder.FullName, "-f", "html");
            Assert.Contains("warning: reading grade 11.2", stderr, StringComparison.Ordinal);
            Assert.Contains("warning: sentence of 29 words (the longest)", stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
