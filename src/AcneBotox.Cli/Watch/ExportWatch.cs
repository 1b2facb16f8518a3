using AcneBotox.Core.Diagnostics;
namespace AcneBotox.Cli.Watch;

/// <summary>
/// <c>export --watch</c>: exports once, then again after every save until Ctrl+C. Each run is a normal batch
/// run, so the cache in the output folder re-exports only the articles that changed.
/// </summary>
internal static class ExportWatch
{
    /// <summary>Runs <paramref name="exportOnce"/> now and after every change in <paramref name="folders"/>; returns 0 when stopped.</summary>
    /// <param name="exportOnce">One export run; returns its exit code.</param>
    /// <param name="folders">The folders holding the inputs and the settings file.</param>
    /// <param name="outputFolder">The output folder, whose changes (our own writes) never trigger a run.</param>
    /// <param name="stderr">Where the watch's own lines go.</param>
    /// <param name="verbose">Show the details behind an internal error.</param>
    public static int Run(Func<int> exportOnce, IReadOnlyList<string> folders, string outputFolder, TextWriter stderr, bool verbose)
    {
        using var stop = new StopSignal();
        // Watching starts before the first run, so a save during it is not missed.
        using var watcher = new SourceWatcher(folders, [outputFolder]);
        RunGuarded(exportOnce, stderr, verbose);
        while (true)
        {
            stderr.WriteLine($"watching {string.Join(", ", folders.Select(ConsoleText.Path))} for changes (Ctrl+C to stop)");
            IReadOnlySet<string> changed;
            try
            {
                changed = watcher.NextAsync(stop.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine("stopped watching");
                return CliApp.ExitOk;
            }
            stderr.WriteLine($"changed: {ConsoleText.Path(Path.GetRelativePath(Environment.CurrentDirectory, changed.Order(StringComparer.Ordinal).First()))}"
                + (changed.Count > 1 ? $" and {changed.Count - 1} more" : ""));
            RunGuarded(exportOnce, stderr, verbose);
        }
    }

    /// <summary>The folders a watch covers: each INPUT folder, each INPUT file's folder, and the settings file's folder.</summary>
    public static IReadOnlyList<string> FoldersFor(IReadOnlyList<string> inputs, string? settingsPath)
    {
        var folders = (inputs.Count == 0 ? [InputDiscovery.DefaultContentFolder] : inputs)
            .Select(input => Directory.Exists(input) ? input : FolderOf(input))
            .ToList();
        if (settingsPath is not null) folders.Add(FolderOf(settingsPath));
        return [.. folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct()];
    }

    private static string FolderOf(string file) => Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";

    // A run that fails outright (a settings file saved half-edited) is reported, and the watch goes on.
    private static void RunGuarded(Func<int> exportOnce, TextWriter stderr, bool verbose)
    {
        try
        {
            exportOnce();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            CliApp.ReportFailure(e, stderr, verbose);
        }
    }
}
