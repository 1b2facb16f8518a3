using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using Spectre.Console;

namespace AcneBotox.Cli;

/// <summary>A live progress bar on an interactive terminal (stderr), for people watching a long export.</summary>
internal sealed class SpectreProgress : IBatchObserver
{
    private ProgressTask? _task;
    private ProgressContext? _context;

    /// <summary>
    /// True when <paramref name="stderr"/> is the process's real, interactive error stream and no CI is
    /// declared: only then does redrawing a bar help anyone.
    /// </summary>
    public static bool Usable(TextWriter stderr) =>
        ReferenceEquals(stderr, Console.Error)
        && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>Runs <paramref name="runner"/> under a progress bar drawn on stderr; <paramref name="whileCacheIsWritten"/> as in <see cref="BatchRunner.Run(IReadOnlyList{BatchItem}, IBatchObserver, Action{BatchOutcome})"/>.</summary>
    public static BatchOutcome Run(BatchRunner runner, IReadOnlyList<BatchItem> items, Action<BatchOutcome> whileCacheIsWritten)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var observer = new SpectreProgress();
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                observer._context = context;
                return runner.Run(items, observer, whileCacheIsWritten);
            });
    }

    /// <inheritdoc/>
    public void Started(int total) => _task = _context!.AddTask($"Exporting {total} documents", maxValue: Math.Max(total, 1));

    /// <inheritdoc/>
    public void Completed(DocumentResult result, int done) => _task!.Value = done;
}
