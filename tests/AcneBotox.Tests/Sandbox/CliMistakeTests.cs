using AcneBotox.Cli;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Sandbox;

/// <summary>
/// Option mistakes are one usage line (exit 2) saying what is expected, never "internal error ... bug";
/// awkward file names and folders are handled without failing the run.
/// </summary>
public sealed class CliMistakeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-mistakes-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file whose name is not UTF-8 cannot be named from .NET; rm takes the bytes as they are.
            using var rm = System.Diagnostics.Process.Start("rm", ["-rf", _root]);
            rm.WaitForExit();
        }
    }

    private string Article(string name = "article.txt")
    {
        var content = Directory.CreateDirectory(Path.Combine(_root, "content")).FullName;
        var path = Path.Combine(content, name);
        File.Copy(TestPaths.Seed, path, overwrite: true);
        return path;
    }

    public static TheoryData<string[], string> Mistakes => new()
    {
        { ["-j", "abc"], "--jobs takes a whole number from 1 to 1024, written with digits only, not 'abc'" },
        { ["-j", "0"], "--jobs takes a whole number from 1 to 1024" },
        { ["--jobs", "-3"], "--jobs" },
        { ["--max-input-bytes", "10MB"], "--max-input-bytes takes a whole number from 1 to 4294967296, written with digits only, not '10MB'" },
        { ["--max-input-bytes", "1e6"], "--max-input-bytes takes a whole number" },
        { ["--max-blocks", "many"], "--max-blocks takes a whole number" },
        { ["-o", ""], "--output needs a path, not an empty text" },
        { ["--settings", ""], "--settings needs a path" },
        { ["--report", " "], "--report needs a path" },
        { ["--resource-path", ""], "--resource-path needs a path" },
        { ["-f", "rtf"], "unknown output format 'rtf'" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void An_option_mistake_is_one_clear_usage_line(string[] options, string message)
    {
        string[] output = options.Contains("-o") ? [] : ["-o", Path.Combine(_root, "out")];
        var outcome = CliRunner.Run(["export", Article(), .. output, .. options]);
        Assert.Equal(CliApp.ExitUsage, outcome.ExitCode);
        Assert.DoesNotContain("internal error", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains(message, outcome.StandardError, StringComparison.Ordinal);
        Assert.Equal(1, outcome.ErrorLines.Count(l => l.StartsWith("error:", StringComparison.Ordinal) || l.Contains(": error:", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_empty_input_is_a_usage_line()
    {
        var outcome = CliRunner.Run("check", "");
        Assert.Equal(CliApp.ExitUsage, outcome.ExitCode);
        Assert.Contains("INPUT needs a path", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_240_character_file_name_is_exported()
    {
        var name = new string('a', 236) + ".txt";
        var outcome = CliRunner.Run("export", Article(name), "-o", Path.Combine(_root, "out"), "-f", "html");
        Assert.True(outcome.ExitCode == CliApp.ExitOk, outcome.StandardError);
        Assert.True(File.Exists(Path.Combine(_root, "out", new string('a', 236) + ".html")));
    }

    [Fact]
    public void The_same_article_given_twice_is_exported_once()
    {
        var article = Article();
        var report = Path.Combine(_root, "report.json");
        var outcome = CliRunner.Run("export", Path.GetDirectoryName(article)!, article, "-o", Path.Combine(_root, "out"), "-f", "html", "--report", report);
        Assert.True(outcome.ExitCode == CliApp.ExitOk, outcome.StandardError);
        Assert.Equal("ok", Assert.Single(AcneBotox.Tests.Batch.RunReport.Statuses(report)).Value);
    }

    [Fact]
    public void The_report_never_replaces_an_input()
    {
        var article = Article();
        var before = File.ReadAllBytes(article);
        foreach (var force in new[] { false, true })
        {
            string[] args = ["export", article, "-o", Path.Combine(_root, "out"), "-f", "html", "--report", article, .. force ? new[] { "--force" } : []];
            var outcome = CliRunner.Run(args);
            Assert.Equal(CliApp.ExitUsage, outcome.ExitCode);
            Assert.Contains("--report would overwrite the input", outcome.StandardError, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(article));
        }
    }

    [Fact]
    public void The_report_replaces_another_file_only_with_force_and_an_earlier_report_always()
    {
        var article = Article();
        var notes = Path.Combine(_root, "notes.json");
        File.WriteAllText(notes, "{\"mine\": true}");
        string[] args = ["export", article, "-o", Path.Combine(_root, "out"), "-f", "html", "--report", notes];

        var refused = CliRunner.Run(args);
        Assert.Equal(CliApp.ExitUsage, refused.ExitCode);
        Assert.Contains("not an AcneBotox report", refused.StandardError, StringComparison.Ordinal);
        Assert.Equal("{\"mine\": true}", File.ReadAllText(notes));

        Assert.Equal(CliApp.ExitOk, CliRunner.Run([.. args, "--force"]).ExitCode);
        Assert.Equal(CliApp.ExitOk, CliRunner.Run(args).ExitCode);
        Assert.Contains("\"tool\": \"acnebotox\"", File.ReadAllText(notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_temporary_cleanup_follows_no_link_and_survives_odd_sub_folders()
    {
        var article = Article();
        var output = Directory.CreateDirectory(Path.Combine(_root, "out")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        var bait = Path.Combine(elsewhere, ".acnebotox-bait.html.999999.0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(bait, "not ours to delete");
        Directory.CreateSymbolicLink(Path.Combine(output, "link-out"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(output, "root"), "/");
        File.CreateSymbolicLink(Path.Combine(output, ".acnebotox-x.html.999999.0123456789abcdef0123456789abcdef.tmp"), bait);
        var locked = Directory.CreateDirectory(Path.Combine(output, "locked")).FullName;
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(locked, UnixFileMode.None);
        var stale = Path.Combine(output, ".acnebotox-article.html.999999.0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(stale, "leftover");

        var outcome = CliRunner.Run("export", article, "-o", output, "-f", "html");

        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.True(outcome.ExitCode == CliApp.ExitOk, outcome.StandardError);
        Assert.False(File.Exists(stale), "a dead run's leftover in the output folder is removed");
        Assert.True(File.Exists(bait), "a file reached through a link is never deleted");
    }

    [Fact]
    public void A_non_utf8_file_name_is_named_as_such_not_as_missing()
    {
        TestSkip.When(!OperatingSystem.IsLinux(), "file names are bytes only on Linux");
        var content = Directory.CreateDirectory(Path.Combine(_root, "content")).FullName;
        File.Copy(TestPaths.Seed, Path.Combine(content, "good.txt"));
        // bash's printf writes the raw byte 0xFF, which no UTF-8 string can name.
        using (var touch = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash")
        { ArgumentList = { "-c", "cp good.txt \"$(printf 'bad\\xff.txt')\"" }, WorkingDirectory = content })!) touch.WaitForExit();

        var outcome = CliRunner.Run("export", content, "-o", Path.Combine(_root, "out"), "-f", "html");

        Assert.Equal(CliApp.ExitDocumentFailed, outcome.ExitCode);
        Assert.Contains("the file name is not valid UTF-8", outcome.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("file not found", outcome.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "out", "good.html")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_sub_folder_is_skipped_with_a_warning()
    {
        var article = Article();
        var locked = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(article)!, "locked")).FullName;
        File.Copy(TestPaths.Seed, Path.Combine(locked, "hidden.txt"));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            TestSkip.When(Directory.EnumerateFileSystemEntries(locked).Any(), "running as root, who reads any folder");
        }
        catch (UnauthorizedAccessException)
        {
            // As expected for a normal user.
        }
        var outcome = CliRunner.Run("export", Path.GetDirectoryName(article)!, "-o", Path.Combine(_root, "out"), "-f", "html");
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.True(outcome.ExitCode == CliApp.ExitOk, outcome.StandardError);
        Assert.Contains("skipped: the folder cannot be read", outcome.StandardError, StringComparison.Ordinal);
    }
}
