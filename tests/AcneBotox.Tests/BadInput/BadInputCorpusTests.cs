using AcneBotox.Cli;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.BadInput;

/// <summary>
/// Every hostile input in expected.tsv, run through the real CLI entry point: the expected exit code
/// and message, one line per message naming the file, no stack trace, no hang, and nothing unsafe
/// or from outside the content root in any output.
/// </summary>
public sealed class BadInputCorpusTests
{
    public static TheoryData<string> CaseNames => [.. BadInputCorpus.Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Hostile_input_ends_with_the_expected_exit_code_and_a_clear_message(string name)
    {
        var expected = BadInputCorpus.Cases.Single(c => c.Name == name);
        if (OperatingSystem.IsWindows()) TestSkip.Now("the corpus uses symbolic links, FIFOs and /dev/zero (Linux and macOS)");
        var (workspace, args) = BadInputWorkspace.Create(name);
        using (workspace)
        {
            if (name == "unreadable.txt" && CanStillRead(Path.Combine(workspace.Content, name)))
                TestSkip.Now("running as root, who reads files whatever their permissions");

            var outcome = CliRunner.Run(args);
            var report = $"acnebotox {string.Join(' ', args)}\nexit {outcome.ExitCode}\nstderr:\n{Clip(outcome.StandardError)}\nstdout:\n{Clip(outcome.StandardOutput)}";

            Assert.True(outcome.ExitCode is CliApp.ExitOk or CliApp.ExitDocumentFailed or CliApp.ExitUsage, report);
            Assert.True(expected.ExitCode == outcome.ExitCode, $"expected exit {expected.ExitCode}\n{report}");
            if (expected.Message != "-")
                Assert.True(outcome.StandardError.Contains(expected.Message, StringComparison.Ordinal), $"expected '{expected.Message}' on stderr\n{report}");
            Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", outcome.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception:", outcome.StandardError, StringComparison.Ordinal);
            if (outcome.ExitCode != CliApp.ExitOk)
            {
                var errors = outcome.ErrorLines.Where(l => l.Contains("error:", StringComparison.Ordinal)).ToList();
                Assert.True(errors.Count > 0, $"a failing run must say why\n{report}");
                var named = SubjectOf(name, workspace);
                if (named is not null)
                    Assert.True(errors.TrueForAll(l => l.Contains(named, StringComparison.Ordinal)), $"every error line must name {named}\n{report}");
            }

            var problems = OutputInspector.Problems(workspace.Output);
            Assert.True(problems.Count == 0, string.Join('\n', problems) + "\n" + report);
            var images = OutputInspector.ImageCounts(workspace.Output);
            if (expected.Images == "none")
                Assert.True(images.Values.All(n => n == 0), $"no output may embed an image: {string.Join(", ", images)}\n{report}");
            if (expected.Images == "some")
                Assert.True(images.Count > 0 && images.Values.All(n => n > 0), $"every output must embed the image: {string.Join(", ", images)}\n{report}");
        }
    }

    [Fact]
    public void Every_corpus_fixture_is_in_the_table_or_used_by_the_workspace()
    {
        string[] support = ["ok.png", "secret.png", "huge.png", "fake.png"];
        var named = BadInputCorpus.Cases.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.EnumerateFiles(BadInputCorpus.Folder).Select(Path.GetFileName)
            .Where(f => !named.Contains(f!) && !support.Contains(f)).ToList();
        Assert.Empty(orphans);
    }

    // The file (or folder) every error line must name; null where the message is about the call, not a file.
    private static string? SubjectOf(string name, BadInputWorkspace workspace) => name switch
    {
        "collision" => "handout",
        "output-is-file" => workspace.Output,
        "resource-path-missing" => "nowhere",
        "symlink-loop" => "looped",
        "settings-raise-limit" => "article.txt",
        "fifos-in-folder" => "pipe-",
        var settings when settings.StartsWith("settings-", StringComparison.Ordinal) => "handout.yml",
        _ => name,
    };

    private static bool CanStillRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Clip(string text) => text.Length <= 4000 ? text : text[..4000] + "\n[...]";
}
