using AcneBotox.Cli;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Sandbox;

/// <summary>
/// File names, titles and link targets that hold line breaks, workflow commands and terminal escapes reach
/// stdout and stderr only escaped: no printed line starts a workflow command and no control character passes.
/// </summary>
public sealed class LogInjectionTests : IDisposable
{
    private const string ForgedName = "::error title=forged::pwned\n::add-mask::secret\u001B[2J\u202E.md";

    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-log-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string WriteArticle()
    {
        var content = Directory.CreateDirectory(Path.Combine(_root, "content")).FullName;
        File.WriteAllText(Path.Combine(content, ForgedName), """
            ---
            title: "Skin care\n::error::forged title\e[31m"
            summary: "Read this\r\n::add-mask::x"
            unknown\e[2J: value
            ---
            :::key-points
            - Wash with cool water.
            :::

            ## What to do

            Read [the guide](ftp://example.com/%0A::error::link) and [this](<javascript:alert(1)>) before you go.
            """);
        return content;
    }

    [Fact]
    public void Export_prints_hostile_values_escaped()
    {
        TestSkip.When(OperatingSystem.IsWindows(), "file names with line breaks are a Unix feature");
        var content = WriteArticle();
        var outcome = CliRunner.Run("export", content, "-o", Path.Combine(_root, "out"), "-f", "html");
        AssertSafe(outcome);
        Assert.Contains(@"::add-mask::secret\e[2J", outcome.StandardOutput + outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_prints_hostile_values_escaped()
    {
        TestSkip.When(OperatingSystem.IsWindows(), "file names with line breaks are a Unix feature");
        var content = WriteArticle();
        var outcome = CliRunner.Run("check", content);
        AssertSafe(outcome);
        Assert.Contains(@"Skin care\n::error::forged title\e[31m", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_about_a_hostile_path_are_escaped()
    {
        var outcome = CliRunner.Run("export", "::error::x\n::warning::y\u001B]0;title\u0007.md");
        Assert.Equal(CliApp.ExitUsage, outcome.ExitCode);
        AssertSafe(outcome);
    }

    [Fact]
    public void Annotations_escape_percent_and_line_breaks_as_GitHub_documents()
    {
        var diagnostic = new Diagnostic(Severity.Error, "rule,x:y", "100% sure\r\n::error::forged\u001B[0m", "/a,b:c\n.md", 4, "fix\nit");
        var line = GitHubAnnotations.Format(diagnostic, "/");
        Assert.Equal(@"::error file=a%2Cb%3Ac%0A.md,line=4,title=rule%2Cx%3Ay::100%25 sure%0D%0A::error::forged\e[0m (fix%0Ait)", line);
    }

    private static void AssertSafe(CliOutcome outcome)
    {
        foreach (var (name, text) in new[] { ("stdout", outcome.StandardOutput), ("stderr", outcome.StandardError) })
        {
            foreach (var line in text.Split('\n'))
            {
                Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), $"{name} line starts a workflow command: {line}");
                Assert.False(line.Any(ConsoleText.IsUnsafe), $"{name} line holds a control character: {ConsoleText.Escape(line)}");
            }
        }
    }
}
