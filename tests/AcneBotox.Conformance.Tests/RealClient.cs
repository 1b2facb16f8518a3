using System.Diagnostics;

namespace AcneBotox.Conformance.Tests;

/// <summary>
/// Finds and runs the real programs that judge our outputs (poppler, qpdf, LibreOffice, pandoc, vnu,
/// Chromium). Where one is missing the test is skipped with the reason, unless
/// <c>ACNEBOTOX_REQUIRE_REAL_CLIENTS=1</c> (set by .ci/run), where a missing tool fails the test.
/// </summary>
public static class RealClient
{
    /// <summary>True when CI demands that every real-client test runs.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("ACNEBOTOX_REQUIRE_REAL_CLIENTS") == "1";

    /// <summary>The full path of <paramref name="program"/> on PATH, or skip/fail the test when it is missing.</summary>
    public static string Require(string program, string installHint)
    {
        var found = FindOnPath(program);
        if (found is not null) return found;
        var reason = $"{program} is not installed ({installHint}); .ci/run installs it";
        if (Required) Assert.Fail(reason + ", and ACNEBOTOX_REQUIRE_REAL_CLIENTS=1 demands it");
        TestSkip.Now(reason);
        return null!;
    }

    /// <summary>A file that must exist (e.g. a jar from .ci/tools), or skip/fail as <see cref="Require"/>.</summary>
    public static string RequireFile(string path, string installHint)
    {
        if (File.Exists(path)) return path;
        var reason = $"{path} is missing ({installHint}); .ci/run installs it";
        if (Required) Assert.Fail(reason + ", and ACNEBOTOX_REQUIRE_REAL_CLIENTS=1 demands it");
        TestSkip.Now(reason);
        return null!;
    }

    /// <summary>Searches PATH for an executable.</summary>
    public static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Runs a program to completion (with a time limit) and returns exit code, stdout and stderr.</summary>
    public static ProcessOutcome Run(string program, IEnumerable<string> arguments, string? workingDirectory = null,
        TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        if (environment is not null)
            foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in time");
        }
        return new ProcessOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The repository root (the folder holding AcneBotox.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "AcneBotox.sln"))) return dir.FullName;
            throw new InvalidOperationException("AcneBotox.sln not found above the test folder");
        }
    }
}

/// <summary>What a finished process left.</summary>
public sealed record ProcessOutcome(int ExitCode, string StandardOutput, string StandardError);
