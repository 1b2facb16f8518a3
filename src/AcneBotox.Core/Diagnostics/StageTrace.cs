using System.Diagnostics;
using System.Globalization;

namespace AcneBotox.Core.Diagnostics;

/// <summary>
/// A start-up and per-stage trace for finding where a run's time goes: with <c>ACNEBOTOX_TRACE=1</c> each
/// <see cref="Mark"/> prints the wall time since the process started (runtime start-up included) and the CPU
/// time used so far, the garbage collections of each generation so far (gen0/gen1/gen2) and the time they paused the
/// program, the managed heap's size after the last one, the memory the collector has committed and the process's
/// resident memory, to standard error.
/// Off, a mark costs one field read.
/// </summary>
public static class StageTrace
{
    /// <summary>Whether the trace is on (<c>ACNEBOTOX_TRACE=1</c>).</summary>
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("ACNEBOTOX_TRACE") == "1";

    private static readonly Lock Gate = new();

    /// <summary>Prints one trace line naming <paramref name="stage"/>, when the trace is on.</summary>
    public static void Mark(string stage)
    {
        if (!Enabled) return;
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        var cpu = process.TotalProcessorTime;
        var memory = GC.GetGCMemoryInfo();
        lock (Gate)
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trace: {wall.TotalMilliseconds,7:0} ms wall {cpu.TotalMilliseconds,7:0} ms CPU  thread {Environment.CurrentManagedThreadId,2}  gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalMilliseconds,5:0} ms heap {memory.HeapSizeBytes / (1024 * 1024),3} MB committed {memory.TotalCommittedBytes / (1024 * 1024),3} MB rss {Environment.WorkingSet / (1024 * 1024),3} MB  {stage}"));
    }
}
