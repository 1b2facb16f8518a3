using AcneBotox.Core.Findings;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Findings;

/// <summary>The loop on a copy of the bundled sample: accept today's findings, then gate only new ones.</summary>
public sealed class BaselineLoopTests : IDisposable
{
    private readonly ScratchRepo _repo = new("baseline");

    public void Dispose() => _repo.Dispose();

    private static List<string> Warnings(CliOutcome outcome) =>
        [.. outcome.ErrorLines.Where(l => l.Contains(": warning: ", StringComparison.Ordinal))];

    [Fact]
    public void After_update_baseline_the_sample_passes_fail_on_warning_and_a_new_long_sentence_alone_fails_it()
    {
        var content = _repo.CopyContent();
        var before = CliRunner.Run("export", content, "-o", _repo.Output, "--fail-on", "warning", "-j", "1");
        Assert.Equal(1, before.ExitCode);
        Assert.True(Warnings(before).Count >= 10, before.StandardError);

        var update = CliRunner.Run("check", content, "--update-baseline");
        Assert.Equal(0, update.ExitCode);
        var baselinePath = Path.Combine(content, Baseline.FileName);
        Assert.True(File.Exists(baselinePath), update.StandardError);

        var accepted = CliRunner.Run("export", content, "-o", _repo.Output, "--fail-on", "warning", "-j", "1");
        Assert.Equal(0, accepted.ExitCode);
        Assert.Empty(Warnings(accepted));
        Assert.Contains("exit 0: no new warnings", accepted.StandardError, StringComparison.Ordinal);

        var article = Path.Combine(content, "can-botox-help-acne.txt");
        var text = File.ReadAllText(article);
        const string Added = "You should know that the skin on your face can change a lot from one week to the next and many things you do each day can make it better or worse for you. ";
        File.WriteAllText(article, text.Replace("Acne is a common skin condition", Added + "Acne is a common skin condition", StringComparison.Ordinal));

        var gated = CliRunner.Run("export", content, "-o", _repo.Output, "--fail-on", "warning", "-j", "1");
        Assert.Equal(1, gated.ExitCode);
        var warning = Assert.Single(Warnings(gated));
        Assert.Contains("sentence of 34 words", warning, StringComparison.Ordinal);
        Assert.Contains("You should know that the skin", warning, StringComparison.Ordinal);
        Assert.Contains("exit 1: 1 new warning and --fail-on warning", gated.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_counts_only_new_findings_and_a_broken_baseline_is_one_line_naming_it()
    {
        var content = _repo.CopyContent();
        Assert.Equal(0, CliRunner.Run("check", content, "--update-baseline").ExitCode);
        var check = CliRunner.Run("check", content, "--fail-on", "warning");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("2 documents checked, 0 warnings (", check.StandardOutput, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(content, Baseline.FileName), "{\"version\": 1, \"findings\": [{\"file\": 3}]}");
        var broken = CliRunner.Run("check", content);
        Assert.Equal(2, broken.ExitCode);
        var line = Assert.Single(broken.ErrorLines);
        Assert.Contains(Baseline.FileName, line, StringComparison.Ordinal);
        Assert.Contains("--update-baseline", line, StringComparison.Ordinal);
    }
}
