using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Settings;

namespace AcneBotox.Cli.Preview;

/// <summary>
/// The preview's builds: exports the articles through the same pipeline as <c>export</c> into a temporary folder,
/// keeps the latest <see cref="PreviewSnapshot"/>, and tells waiting pages when a newer one exists.
/// Builds run one at a time (the watcher's loop); pages read the snapshot from any thread.
/// </summary>
internal sealed class PreviewWorkspace : IDisposable
{
    // Every format, so the parity notes are complete and the Word file can be downloaded.
    private static readonly string[] Formats = ["html", "pdf", "docx"];

    // What a save shows first: the page and the findings.
    private static readonly string[] QuickFormats = ["html"];

    private readonly PreviewRequest _request;
    private readonly Toolchain _toolchain = ToolchainFactory.Create();
    private PreviewSnapshot _current = PreviewSnapshot.Empty;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Finds the content folder and creates the temporary output folder; builds nothing yet.</summary>
    public PreviewWorkspace(PreviewRequest request)
    {
        _request = request;
        var input = request.Input ?? InputDiscovery.DefaultContentFolder;
        var folder = Directory.Exists(input) ? input
            : File.Exists(input) ? Path.GetDirectoryName(Path.GetFullPath(input))!
            : throw new UsageException($"{ConsoleText.Path(input)}: error: no such file or folder");
        ContentFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        OutputFolder = Directory.CreateTempSubdirectory("acnebotox-preview-").FullName;
    }

    /// <summary>The folder the articles (and their images) come from: the only source folder <c>/content/</c> serves.</summary>
    public string ContentFolder { get; }

    /// <summary>The temporary folder the handouts are written to: the only folder <c>/files/</c> serves.</summary>
    public string OutputFolder { get; }

    /// <summary>The folders whose changes call for a rebuild: the content folder and the settings file's.</summary>
    public IReadOnlyList<string> WatchedFolders =>
        _request.SettingsPath is { } settings ? [ContentFolder, Path.GetDirectoryName(Path.GetFullPath(settings))!] : [ContentFolder];

    /// <summary>The latest build.</summary>
    public PreviewSnapshot Current => Volatile.Read(ref _current);

    /// <summary>
    /// Builds again: the changed articles only, or everything when something else changed (settings, an image, a new
    /// file). A rebuild after a save publishes twice: first the HTML handout with every finding, which is what the
    /// author is waiting for, then the PDF and Word files, which take longer.
    /// </summary>
    /// <param name="changed">The paths that changed; <c>null</c> for the first build.</param>
    /// <returns>The last snapshot published.</returns>
    /// <exception cref="UsageException">On the first build, when the inputs or settings are unusable.</exception>
    public PreviewSnapshot Rebuild(IReadOnlySet<string>? changed)
    {
        if (changed is null) return Publish(Build(Current, null, Formats));
        var previous = Current;
        try
        {
            var quick = Publish(Build(previous, changed, QuickFormats));
            return Publish(Build(quick, changed, Formats));
        }
        catch (Exception e) when (e is UsageException or DocumentException or IOException or UnauthorizedAccessException)
        {
            // A settings file saved half-edited: keep showing the last build, with the problem on top.
            var problem = e is DocumentException document ? document.Diagnostic
                : new Diagnostic(Severity.Error, "preview.setup", CliApp.OneLine(e.Message));
            return Publish(previous with { Version = Current.Version + 1, SetupDiagnostics = [problem] });
        }
    }

    private PreviewSnapshot Publish(PreviewSnapshot next)
    {
        Volatile.Write(ref _current, next);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return next;
    }

    /// <summary>Waits until a build newer than <paramref name="version"/> exists and returns its version.</summary>
    public async Task<int> WaitForNewerAsync(int version, CancellationToken cancellation)
    {
        while (true)
        {
            // The signal is taken before the version is read, so a build finishing in between still wakes us.
            var signal = Volatile.Read(ref _changed).Task;
            var current = Current.Version;
            if (current > version) return current;
            await signal.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    /// <summary>Removes the temporary output folder.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(OutputFolder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the system's temporary-file cleaning; the preview has stopped either way.
        }
    }

    private PreviewSnapshot Build(PreviewSnapshot previous, IReadOnlySet<string>? changed, string[] formats)
    {
        var clock = Stopwatch.StartNew();
        var setup = new DiagnosticBag();
        var inputs = InputDiscovery.Find([_request.Input ?? ContentFolder], _toolchain.Readers, setup);
        // As export does: each article gets its nearest handout.yml (--settings wins), read once per build.
        var lookup = new SettingsLookup(_request.SettingsPath, setup, adjust: s => s with { LargePrint = _request.LargePrint });
        var settings = lookup.ForFolder(inputs.ContentFolder);
        var files = inputs.Files.Select(Path.GetFullPath).ToList();
        var onlyArticles = changed is not null && changed.All(path => previous.Documents.Any(d => d.SourcePath == path));
        var documents = files.Select(file =>
            onlyArticles && !changed!.Contains(file) && previous.Documents.FirstOrDefault(d => d.SourcePath == file) is { } unchanged
                ? unchanged
                : Export(file, lookup.ForFolder(Path.GetDirectoryName(file)!), previous.Documents.FirstOrDefault(d => d.SourcePath == file), formats)).ToList();
        return new PreviewSnapshot(previous.Version + 1, documents, setup.Items, settings.TargetGrade, clock.Elapsed);
    }

    private PreviewDocument Export(string file, HandoutSettings settings, PreviewDocument? earlier, string[] formats)
    {
        var key = Path.GetRelativePath(ContentFolder, file).Replace(Path.DirectorySeparatorChar, '/');
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        var options = new ExportOptions(Path.Combine(OutputFolder, id), formats, settings, ContentFolder);
        var exporter = new DocumentExporter(_toolchain, options);

        // Read once, bounded, and shared by the export, the source view and the analysis.
        byte[]? bytes = null;
        try
        {
            bytes = BoundedFile.Read(file, settings.MaxInputBytes).Bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The export below reads it again and reports the problem the way export does.
        }
        var result = exporter.Export(file, bytes);
        string? text = null;
        ReadabilityAnalysis? analysis = null;
        if (bytes is not null)
        {
            try
            {
                text = SourceDecoder.Decode(new SourceFile(file, bytes), new DiagnosticBag());
                if (result.Status == DocumentStatus.Ok)
                    analysis = ReadabilityAnalyzer.Analyze(exporter.ReadDocument(file, new DiagnosticBag(), bytes), settings);
            }
            catch (DocumentException)
            {
                // Already one of the result's diagnostics: the export met the same problem.
            }
        }
        // A format not written this time (the PDF during the quick pass) keeps showing its earlier file.
        var kept = earlier?.Outputs.Where(o => !formats.Contains(o.Format)).ToList() ?? [];
        IReadOnlyList<OutputFile> outputs = result.Status == DocumentStatus.Ok
            ? [.. Formats.SelectMany(f => result.Outputs.Where(o => o.Format == f).Concat(kept.Where(o => o.Format == f)))]
            : earlier?.Outputs ?? [];
        return new PreviewDocument(key, id, file, text, result, analysis, outputs);
    }
}
