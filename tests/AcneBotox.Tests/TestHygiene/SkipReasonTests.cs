using System.Text.Json;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.TestHygiene;

/// <summary>A skipped test says why in <c>dotnet test</c>'s normal output (see tests/Shared/TestSkip.cs).</summary>
public class SkipReasonTests
{
    [Fact]
    public void Tests_skip_only_through_TestSkip_so_the_reason_is_printed()
    {
        var tests = Path.Combine(TestPaths.Root, "tests");
        var separator = Path.DirectorySeparatorChar;
        var offenders = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "TestSkip.cs")
            .Where(f => File.ReadAllText(f).Contains("Assert" + ".Skip", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(tests, f))
            .ToList();
        Assert.True(offenders.Count == 0, $"use TestSkip.Now/When instead of the xUnit skip calls, whose reason dotnet test does not print: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_runner_prints_diagnostic_messages_which_carry_the_skip_reasons()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "xunit.runner.json")));
        Assert.True(config.RootElement.GetProperty("diagnosticMessages").GetBoolean());
    }
}
