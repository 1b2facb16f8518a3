using System.Threading.Channels;

namespace AcneBotox.Cli.Watch;

/// <summary>
/// Watches the folders that hold the inputs and their settings, and hands out the changed paths in batches.
/// One save is often several events (an editor writes a temporary file, renames it over the article, touches
/// its attributes), so a batch closes only after a short quiet period and one rebuild answers the whole save.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    /// <summary>How long no event must arrive before a batch of changes is handed out.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(50);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly string[] _ignoredFolders;

    /// <summary>Starts watching <paramref name="folders"/> (recursively).</summary>
    /// <param name="folders">The folders to watch; duplicates and folders inside another are watched once.</param>
    /// <param name="ignoredFolders">Folders whose changes never count: the output folder, which our own writes would
    /// otherwise turn into an endless loop when it lies inside the content folder.</param>
    public SourceWatcher(IEnumerable<string> folders, IEnumerable<string> ignoredFolders)
    {
        _ignoredFolders = [.. ignoredFolders.Select(Path.GetFullPath)];
        var full = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct().ToList();
        foreach (var folder in full.Where(f => !full.Any(other => other != f && IsUnder(f, other))))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Post(e.FullPath);
            watcher.Created += (_, e) => Post(e.FullPath);
            watcher.Deleted += (_, e) => Post(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Post(e.OldFullPath);
                Post(e.FullPath);
            };
            // The event buffer overflowed: some change is unknown, so the folder itself counts as changed.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change, then for a quiet period, and returns every path changed meanwhile.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellation"/> is cancelled.</exception>
    public async Task<IReadOnlySet<string>> NextAsync(CancellationToken cancellation)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellation).ConfigureAwait(false) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(QuietPeriod);
            try
            {
                paths.Add(await _changes.Reader.ReadAsync(quiet.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return paths;
            }
        }
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _changes.Writer.TryComplete();
    }

    // Editors' swap and backup files (.x.md.swp, x.md~) and our own cache and temporary files are not sources.
    private void Post(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~')) return;
        if (_ignoredFolders.Any(ignored => path == ignored || IsUnder(path, ignored))) return;
        _changes.Writer.TryWrite(path);
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
