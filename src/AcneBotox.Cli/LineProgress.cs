using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Cli;

/// <summary>
/// Progress for logs and CI: a plain line per document on stderr (<c>[ 12/300] ok a.txt (3 files, 41 ms)</c>),
/// each output on stdout (<c>a.txt -> output/a.pdf</c>), and the document's diagnostics as they happen.
/// </summary>
/// <param name="stdout">Where written files are listed.</param>
/// <param name="stderr">Where progress and diagnostics go.</param>
/// <param name="quiet">No progress lines and no file list.</param>
/// <param name="relativeTo">The folder paths are shown relative to.</param>
/// <param name="verbose">Show the exception behind an internal error.</param>
/// <param name="shown">Which of a document's diagnostics to print (the baseline's and a cached document's are held back).</param>
internal sealed class LineProgress(TextWriter stdout, TextWriter stderr, bool quiet, string relativeTo, bool verbose,
    Func<DocumentResult, IReadOnlyList<Diagnostic>> shown) : IBatchObserver
{
    private readonly Lock _gate = new();
    private int _total;

    /// <inheritdoc/>
    public void Started(int total) => _total = total;

    /// <inheritdoc/>
    public void Completed(DocumentResult result, int done)
    {
        ArgumentNullException.ThrowIfNull(result);
        // The lines are put together outside the lock and written with one call each: a line at a time (twenty
        // warnings a handout, each its own write to the console) held the lock long enough to stall the other jobs.
        using var errors = new StringWriter(CultureInfo.InvariantCulture) { NewLine = stderr.NewLine };
        using var files = new StringWriter(CultureInfo.InvariantCulture) { NewLine = stdout.NewLine };
        BatchExport.WriteDiagnostics(result, shown(result), files, errors, relativeTo, verbose);
        if (!quiet)
        {
            var total = Volatile.Read(ref _total);
            var width = total.ToString(CultureInfo.InvariantCulture).Length;
            var status = result.Status.ToString().ToLowerInvariant();
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{total}] {status,-7} {ConsoleText.Path(result.Source)} ({result.Outputs.Count} files, {(long)result.Elapsed.TotalMilliseconds} ms)"));
            if (result.Status == DocumentStatus.Ok)
                foreach (var output in result.Outputs)
                    files.WriteLine($"{ConsoleText.Path(result.Source)} -> {ConsoleText.Escape(Path.GetRelativePath(relativeTo, output.Path))}");
        }
        var errorText = errors.GetStringBuilder();
        var fileText = files.GetStringBuilder();
        if (errorText.Length == 0 && fileText.Length == 0) return;
        // One document's lines stay together even with many jobs.
        lock (_gate)
        {
            if (errorText.Length > 0) stderr.Write(errorText.ToString());
            if (fileText.Length > 0) stdout.Write(fileText.ToString());
        }
    }
}
