using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AcneBotox.Cli;

namespace AcneBotox.Conformance.Tests.Preview;

/// <summary>
/// <c>acnebotox preview FOLDER</c> running as its own process, as a user starts it: the address is read from the line
/// it prints, and it is stopped with SIGINT (Ctrl+C) so the test also sees it stop cleanly.
/// </summary>
public sealed partial class PreviewProcess : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PreviewProcess(string folder)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(CliApp).Assembly.Location, "preview", folder }) start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start acnebotox preview");
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stdout) _stdout.AppendLine(e.Data);
            if (AddressLine().Match(e.Data) is { Success: true } match) _address.TrySetResult(new Uri(match.Value));
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) _stderr.AppendLine(e.Data);
        };
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _address.TrySetException(new InvalidOperationException($"preview exited early: {StandardError}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The address the preview printed, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Everything it printed on standard output so far.</summary>
    public string StandardOutput
    {
        get
        {
            lock (_stdout) return _stdout.ToString();
        }
    }

    /// <summary>Everything it printed on standard error so far.</summary>
    public string StandardError
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    /// <summary>Starts the preview of <paramref name="folder"/> and waits for its address.</summary>
    public static PreviewProcess Start(string folder)
    {
        var preview = new PreviewProcess(folder);
        if (!preview._address.Task.Wait(StartLimit))
        {
            preview.Dispose();
            throw new TimeoutException($"preview printed no address within {StartLimit}: {preview.StandardOutput} {preview.StandardError}");
        }
        preview.Address = preview._address.Task.Result;
        return preview;
    }

    /// <summary>Sends SIGINT, as Ctrl+C does, and returns the exit code (null when it did not stop in time).</summary>
    public int? Interrupt(TimeSpan limit)
    {
        RealClient.Run("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return _process.WaitForExit(limit) ? _process.ExitCode : null;
    }

    /// <summary>Kills the preview if it is still running.</summary>
    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex AddressLine();
}
