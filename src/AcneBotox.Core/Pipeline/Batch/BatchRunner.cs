using System.Diagnostics;
using System.Security.Cryptography;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;
using AcneBotox.Core.Translations;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Exports many documents: the shard's slice of the inputs, up to <see cref="BatchSettings.Jobs"/> at a time,
/// skipping those the cache shows are up to date. Each document is isolated: one that fails is a Failed
/// result and the others go on. What the run keeps of a finished document (its result, its cache entry, its
/// diagnostics) goes to a <see cref="BatchSpill"/>, not memory, so memory stays flat with the batch size.
/// </summary>
public sealed class BatchRunner(Toolchain toolchain, ExportOptions options, BatchSettings settings)
{
    // Often enough that the final sync finds little left, seldom enough that a short run never syncs early.
    private static readonly TimeSpan WritebackInterval = TimeSpan.FromSeconds(0.5);

    /// <summary>Runs the batch over <paramref name="items"/> (the whole corpus; the shard is picked here).</summary>
    public BatchOutcome Run(IReadOnlyList<BatchItem> items, IBatchObserver observer) => Run(items, observer, static _ => { });

    /// <summary>
    /// Runs the batch over <paramref name="items"/> (the whole corpus; the shard is picked here). Once every output is
    /// on disk, <paramref name="whileCacheIsWritten"/> is given the outcome and runs while the cache file is written on
    /// another thread: the caller's own closing work (the index page, the report) does not queue behind it. Returns
    /// when both are done; the caller's exception, if it throws, is the one that propagates.
    /// </summary>
    public BatchOutcome Run(IReadOnlyList<BatchItem> items, IBatchObserver observer, Action<BatchOutcome> whileCacheIsWritten)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentNullException.ThrowIfNull(whileCacheIsWritten);
        if (settings.Jobs < 1) throw new InvalidOperationException("a batch needs at least one job");
        var clock = Stopwatch.StartNew();

        Directory.CreateDirectory(options.OutputDirectory);
        var cleaned = AtomicFile.CleanStaleTemporaries(options.OutputDirectory);
        var fingerprint = RunFingerprint.Create(toolchain, options);
        var spill = BatchSpill.Create();
        var manifest = ExportManifest.Load(options.OutputDirectory, spill);
        StageTrace.Mark("cache manifest read");
        // Language versions link to each other, so the whole corpus is looked at before any handout is written.
        var translations = TranslationIndex.Build([.. items.Select(i => i.SourcePath)],
            new DocumentExporter(toolchain, options).ReadMetadata, options.Settings.Language);
        var exporter = new DocumentExporter(toolchain, options with { Translations = translations });

        var mine = items.Where(i => settings.Shard?.Contains(i.RelativePath) ?? true).ToList();
        var collisions = FindOutputCollisions(mine);
        var results = new SpilledResults(spill, mine.Count);
        var done = 0;
        observer.Started(mine.Count);
        using (new BackgroundWriteback(options.OutputDirectory, WritebackInterval))
        {
            // Each worker takes the next document in input order when it is free. Parallel.For over the index range
            // handed out growing chunks, so near the end one worker could still hold a dozen documents while the
            // other had nothing left (about 0.1 s of one idle core at 1,000 articles).
            var next = -1;
            Parallel.For(0, Math.Min(settings.Jobs, mine.Count), new ParallelOptions { MaxDegreeOfParallelism = settings.Jobs }, _ =>
            {
                for (var index = Interlocked.Increment(ref next); index < mine.Count; index = Interlocked.Increment(ref next))
                {
                    var item = mine[index];
                    var result = collisions.TryGetValue(item.SourcePath, out var first)
                        ? Collision(item, first)
                        : WithTranslationFindings(Isolated(item, () => ExportOne(item, exporter, manifest, fingerprint, translations, spill)), translations);
                    // The result and its diagnostics wait on disk for the report, the index page and the exit code.
                    if (result.Status != DocumentStatus.Skipped) result = result with { Diagnostics = spill.Keep(result.Diagnostics) };
                    results.Set(index, result);
                    observer.Completed(result, Interlocked.Increment(ref done));
                }
            });
        }

        // Last, after every output is in place and on disk (the outputs were written without a sync each; one
        // sync of the file system covers them all): a run killed before this line leaves the old manifest,
        // and the next run re-verifies each entry against the files on disk.
        StageTrace.Mark("every document exported");
        FileSystemSync.Sync(options.OutputDirectory);
        StageTrace.Mark("outputs synced to disk");
        // Every variant of a live source is kept: a large-print run must not forget the regular outputs, or
        // switching back and forth would export everything each time.
        manifest.Merge(items.Select(i => i.RelativePath).ToHashSet(StringComparer.Ordinal));
        var outcome = new BatchOutcome(results, fingerprint, clock.Elapsed, cleaned)
        {
            Warnings = manifest.Warnings(mine.Select(EntryId)),
            Translations = translations,
            EarlierExports = manifest.OtherSources,
        };
        var cacheWritten = Task.Run(() =>
        {
            manifest.WriteMerged();
            StageTrace.Mark("cache manifest written");
        });
        try
        {
            whileCacheIsWritten(outcome);
        }
        catch
        {
            // The run still ends with the cache file written or left as it was, never half-way; what went wrong
            // with it matters less than the caller's own failure.
            Task.WaitAny(cacheWritten);
            throw;
        }
        cacheWritten.GetAwaiter().GetResult();
        return outcome;
    }

    /// <summary>Runs one document's export so that even a bug in a reader or writer fails only that document.</summary>
    private static DocumentResult Isolated(BatchItem item, Func<DocumentResult> export)
    {
        try
        {
            return export();
        }
        catch (Exception e)
        {
            return new DocumentResult(item.SourcePath, null, DocumentStatus.Failed, [], [DocumentFailure.Diagnose(e, item.SourcePath)],
                TimeSpan.Zero, DocumentFailure.Detail(e));
        }
    }

    // Said on every run, cached or not: staleness depends on the other version, which may have changed since.
    private static DocumentResult WithTranslationFindings(DocumentResult result, TranslationIndex translations)
    {
        var findings = translations.Findings(result.Source).ToList();
        return findings.Count == 0 || result.Status == DocumentStatus.Failed
            ? result
            : result with { Diagnostics = [.. result.Diagnostics, .. findings] };
    }

    private DocumentResult ExportOne(BatchItem item, DocumentExporter exporter, ExportManifest manifest, RunFingerprint fingerprint,
        TranslationIndex translations, BatchSpill spill)
    {
        var clock = Stopwatch.StartNew();
        var id = EntryId(item);
        string key;
        byte[] source;
        try
        {
            // Read through the same guard as the exporter: a FIFO or /dev/zero must not hang the cache lookup.
            var documentSettings = options.SettingsFor(item.SourcePath);
            var read = BoundedFile.Read(item.SourcePath, documentSettings.MaxInputBytes);
            if (read.Bytes is null) return Uncached(item, id, exporter, manifest);
            source = read.Bytes;
            // The HTML links the other language versions, so which versions exist is part of what was exported.
            var versions = translations.Signature(item.SourcePath);
            var digest = Convert.ToHexStringLower(SHA256.HashData(source));
            // A document under another handout.yml than the run's has its own settings in its key.
            key = fingerprint.KeyFor(versions.Length == 0 ? digest : digest + "\n" + versions,
                ReferenceEquals(documentSettings, options.Settings) ? null : RunFingerprint.HashSettings(documentSettings, options.ContentRoot));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Uncached(item, id, exporter, manifest);
        }

        if (!settings.Force && manifest.FindFresh(id, key, ExpectedOutputs(item)) is { } cached)
            return new DocumentResult(item.SourcePath, cached.Sha256, DocumentStatus.Skipped, cached.Outputs,
                cached.Diagnostics, clock.Elapsed, Title: cached.Title, ReadingGrade: cached.ReadingGrade);

        // The bytes just hashed are the ones exported: one read per document, and the cache key matches them.
        var exported = exporter.Export(item.SourcePath, source);
        // The cache entry and the result share one spilled list: neither holds the messages in memory.
        var result = exported with { Diagnostics = spill.Keep(exported.Diagnostics) };
        if (result.Status == DocumentStatus.Ok && result.Sha256 is { } sha)
        {
            var entry = new ManifestEntry(key, sha, result.Outputs, result.Diagnostics, result.Title, result.ReadingGrade);
            // The entry waits on disk until the manifest is written; one that cannot is held as it is.
            if (spill.Keep(entry) is { } spilled) manifest.Record(id, spilled);
            else manifest.Record(id, entry);
        }
        else
            manifest.Forget(id);
        return result;
    }

    // The files this run writes for the item: a cache entry naming any other file is not believed.
    private Dictionary<string, string> ExpectedOutputs(BatchItem item) =>
        options.Formats.ToDictionary(format => format, format => options.OutputPath(item.SourcePath, toolchain.Writers.Get(format).Extension),
            StringComparer.Ordinal);

    private string EntryId(BatchItem item) => ExportManifest.EntryId(item.RelativePath, options.Settings.LargePrint);

    /// <summary>Sources whose outputs would land on another source's outputs (same name in another folder), mapped to the source that keeps them.</summary>
    private Dictionary<string, string> FindOutputCollisions(IReadOnlyList<BatchItem> items)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var collisions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var target = options.OutputPath(item.SourcePath, "");
            if (!owners.TryAdd(target, item.SourcePath)) collisions[item.SourcePath] = owners[target];
        }
        return collisions;
    }

    private static DocumentResult Collision(BatchItem item, string first) =>
        new(item.SourcePath, null, DocumentStatus.Failed, [],
            [new Diagnostic(Severity.Error, "output.collision",
                $"its outputs would overwrite those of {first}, which has the same file name", item.SourcePath,
                Suggestion: "give the two articles different file names, or export them to different folders")],
            TimeSpan.Zero);

    // The exporter turns an unreadable or refused source into a proper failed result with a clear message.
    private static DocumentResult Uncached(BatchItem item, string id, DocumentExporter exporter, ExportManifest manifest)
    {
        manifest.Forget(id);
        return exporter.Export(item.SourcePath);
    }
}
