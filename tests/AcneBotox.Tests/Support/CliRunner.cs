using AcneBotox.Cli;

namespace AcneBotox.Tests.Support;

/// <summary>Runs the real CLI entry point in-process, on its own thread, with a hang detector.</summary>
public static class CliRunner
{
    /// <summary>
    /// How long a run may take before it counts as a hang. Generous on purpose: this detects hangs,
    /// it does not measure speed (tests/bench/hostile.sh does, on an unshared machine).
    /// </summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(90);

    /// <summary>Runs <c>acnebotox</c> with <paramref name="args"/>; fails the test when it does not return in time.</summary>
    public static CliOutcome Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = -1;
        Exception? escaped = null;
        // A plain thread with the default (small) stack: if deep input overflows it here, it would in the real CLI too.
        var thread = new Thread(() =>
        {
            try
            {
                exit = CliApp.Run(args, stdout, stderr);
            }
            catch (Exception e)
            {
                escaped = e;
            }
        })
        { IsBackground = true, Name = "acnebotox-cli" };
        thread.Start();
        Assert.True(thread.Join(HangLimit), $"acnebotox {string.Join(' ', args)} did not finish within {HangLimit.TotalSeconds} s (a hang)");
        Assert.True(escaped is null, $"CliApp.Run threw instead of returning an exit code: {escaped}");
        return new CliOutcome(exit, stdout.ToString(), stderr.ToString());
    }
}
