using System.Diagnostics;

namespace AcneBotox.Tests.Pdf;

/// <summary>Runs <c>qpdf --check</c> on PDF bytes when qpdf is installed.</summary>
internal static class Qpdf
{
    /// <summary>qpdf's full path, or null when it is not on PATH.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Skips the calling test, with the reason, when qpdf is missing (fails it when CI demands real clients).</summary>
    public static void RequireInstalled()
    {
        if (Path is not null) return;
        const string reason = "qpdf is not installed (apt-get install qpdf; .ci/run installs it)";
        if (Environment.GetEnvironmentVariable("ACNEBOTOX_REQUIRE_REAL_CLIENTS") == "1") Assert.Fail(reason);
        TestSkip.Now(reason);
    }

    /// <summary>qpdf's verdict: exit code 0 with no warnings means clean; the text says what it found otherwise.</summary>
    public static (bool Clean, string Output) Check(byte[] pdf)
    {
        if (Path is null) throw new InvalidOperationException("qpdf is not installed");
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "acnebotox-qpdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("--check");
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var output = stdout + stderr.Result;
            // qpdf exits 0 when clean, 3 with warnings, 2 with errors.
            return (process.ExitCode == 0 && !output.Contains("WARNING", StringComparison.Ordinal), output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Find()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(folder, "qpdf");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
