namespace AcneBotox.Core.IO;

/// <summary>
/// Syncs the output folder's file system every so often while a batch is still writing, on a thread of its own,
/// so the one sync the batch needs at the end (before the cache names its outputs) has only the last outputs
/// left to flush. That final sync was about half a second of wall time on a 1,000-article run with both cores
/// idle, waiting for the disk; a sync during the run waits while the workers keep computing. It adds no
/// guarantee of its own: durability still comes from the final <see cref="FileSystemSync.Sync"/>.
/// </summary>
public sealed class BackgroundWriteback : IDisposable
{
    private readonly string _folder;
    private readonly TimeSpan _interval;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread? _thread;

    /// <summary>Starts syncing <paramref name="folder"/>'s file system every <paramref name="interval"/> (nothing where <see cref="FileSystemSync.Available"/> is false).</summary>
    public BackgroundWriteback(string folder, TimeSpan interval)
    {
        _folder = folder;
        _interval = interval;
        if (!FileSystemSync.Available) return;
        _thread = new Thread(Run) { IsBackground = true, Name = "acnebotox writeback", Priority = ThreadPriority.BelowNormal };
        _thread.Start();
    }

    private int _syncs;

    /// <summary>How many syncs have run so far.</summary>
    public int Syncs => Volatile.Read(ref _syncs);

    private void Run()
    {
        while (!_stop.Wait(_interval))
        {
            FileSystemSync.Sync(_folder);
            Interlocked.Increment(ref _syncs);
        }
    }

    /// <summary>Stops the thread, waiting for a sync under way to end.</summary>
    public void Dispose()
    {
        _stop.Set();
        _thread?.Join();
        _stop.Dispose();
    }
}
