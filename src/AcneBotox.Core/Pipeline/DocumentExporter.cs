using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;
using AcneBotox.Core.IO;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using DiagnosticBag = AcneBotox.Core.Diagnostics.DiagnosticBag;

namespace AcneBotox.Core.Pipeline;

/// <summary>
/// Exports one input: read once, transform, check, then render to every requested format. A failure
/// is a <see cref="DocumentResult"/> with status Failed, never an exception, so a batch goes on.
/// </summary>
public sealed class DocumentExporter(Toolchain toolchain, ExportOptions options)
{
    /// <summary>The rule id of the error a document gets when AcneBotox itself fails on it.</summary>
    public const string InternalErrorRule = DocumentFailure.InternalErrorRule;

    /// <summary>Longest title accepted: it is set in large type on every output, and in the PDF's running header.</summary>
    public const int MaxTitleLength = 500;

    // Hard-wrapped prose may spread one paragraph over many lines.
    private const int LinesPerBlock = 10;

    /// <summary>Reads and models one file, applying the transforms. Throws <see cref="DocumentException"/> on bad input.</summary>
    /// <param name="sourcePath">The input file.</param>
    /// <param name="diagnostics">Receives the reader's and transforms' warnings.</param>
    /// <param name="sourceBytes">The file's bytes when the caller has already read them (bounded); else the file is read here.</param>
    public Document ReadDocument(string sourcePath, DiagnosticBag diagnostics, byte[]? sourceBytes = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reader = toolchain.Readers.ForPath(sourcePath)
            ?? throw new DocumentException("input.unsupported",
                $"no reader for '{Path.GetExtension(sourcePath)}' files", sourcePath,
                suggestion: $"use one of: {string.Join(", ", toolchain.Readers.Extensions)}");
        var settings = options.SettingsFor(sourcePath);
        var source = new SourceFile(sourcePath, sourceBytes ?? ReadSource(sourcePath));
        RejectTooManyLines(source, settings);
        var document = reader.Read(source, diagnostics);
        TableBudget.Check(document, sourcePath);
        RejectRunaway(document, sourcePath, settings);
        foreach (var transform in toolchain.Transforms)
            document = transform.Apply(document, settings, diagnostics);
        return document;
    }

    /// <summary>Exports one file to every format in the options.</summary>
    /// <param name="sourcePath">The input file.</param>
    /// <param name="sourceBytes">Its bytes when the caller has already read them (the batch does, to key its cache), so the file is read once.</param>
    public DocumentResult Export(string sourcePath, byte[]? sourceBytes = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var outputs = new List<OutputFile>();
        var settings = options.SettingsFor(sourcePath);
        string? sha = null;
        byte[]? bytes = sourceBytes;
        try
        {
            bytes ??= ReadSource(sourcePath);
            var document = ReadDocument(sourcePath, diagnostics, bytes);
            sha = document.Metadata.Provenance.Sha256;
            StageTrace.Mark("read " + sourcePath);
            foreach (var check in toolchain.Checks)
                foreach (var finding in check.Run(document, settings))
                    diagnostics.Add(finding);
            NoteChecksNotRun(document, settings, diagnostics, sourcePath);

            StageTrace.Mark("checked " + sourcePath);
            var root = options.ContentRoot ?? Path.GetDirectoryName(Path.GetFullPath(sourcePath))!;
            var context = new RenderContext(settings, Timestamps.For(document.Metadata),
                new ContentRootResources(root, refusalSeverity: settings.MissingImages), diagnostics, sourcePath)
            {
                LanguageVersions = LanguageVersions(sourcePath),
            };
            // Composed once: every format renders the same content, order, words and colours.
            var handout = HandoutComposer.Compose(document, context);
            StageTrace.Mark("composed " + sourcePath);
            // Every format is rendered before any is written: an image that could not be included is an error
            // (unless images.missing says warning), and then no handout goes out without it.
            var rendered = options.Formats.Select(format => Render(toolchain.Writers.Get(format), handout, context, sourcePath)).ToList();
            if (diagnostics.HasErrors)
            {
                foreach (var (_, buffer, _) in rendered) buffer.Dispose();
                return Failed(sourcePath, sha, outputs, Accepted(diagnostics.Items, settings, sourcePath, bytes), clock, null);
            }
            Directory.CreateDirectory(options.OutputDirectory);
            foreach (var (writer, buffer, result) in rendered)
            {
                outputs.Add(Commit(writer, buffer, result, sourcePath));
                StageTrace.Mark("wrote " + writer.Format + " " + sourcePath);
            }
            // For the batch index page; the analysis the checks made of this document is reused, not redone.
            var grade = ReadabilityAnalyzer.Analyze(document, settings).Document.FleschKincaidGrade;
            return new DocumentResult(sourcePath, sha, DocumentStatus.Ok, outputs, Accepted(diagnostics.Items, settings, sourcePath, bytes), clock.Elapsed,
                Title: document.Metadata.Title, ReadingGrade: grade);
        }
        catch (Exception e)
        {
            // One ladder for export, check and batch: a failure fails this document only, worded the same everywhere.
            diagnostics.Add(DocumentFailure.Diagnose(e, sourcePath));
            return Failed(sourcePath, sha, outputs, Accepted(diagnostics.Items, settings, sourcePath, bytes), clock, DocumentFailure.Detail(e));
        }
    }

    /// <summary>
    /// The diagnostics as the author and the settings want them reported: <c>checks:</c> in <c>handout.yml</c> sets each
    /// rule's level (or turns it off), then the Markdown's <c>acnebotox-disable</c> comments silence what they name.
    /// Export and check both report through here, so they always agree.
    /// </summary>
    /// <param name="diagnostics">Everything the reader, checks and writers said.</param>
    /// <param name="settings">The document's settings.</param>
    /// <param name="sourcePath">The document.</param>
    /// <param name="sourceBytes">Its bytes, when read, for the inline comments (Markdown only).</param>
    public IReadOnlyList<Diagnostic> Accepted(IReadOnlyList<Diagnostic> diagnostics, HandoutSettings settings, string sourcePath, byte[]? sourceBytes)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var reported = settings.Checks.Apply(diagnostics, sourcePath);
        if (sourceBytes is null || toolchain.Readers.ForPath(sourcePath) is not Readers.Markdown.MarkdownReader) return reported;
        string text;
        try
        {
            text = SourceDecoder.Decode(new SourceFile(sourcePath, sourceBytes), new DiagnosticBag());
        }
        catch (DocumentException)
        {
            return reported;
        }
        return InlineSuppressions.Parse(text).Filter(reported);
    }

    /// <summary>
    /// The metadata of one article, for the translation index; <c>null</c> when it cannot be read or, with
    /// <paramref name="onlyIfDeclared"/>, when it is not Markdown whose front matter has <c>translationOf</c> or <c>id</c>
    /// (a cheap look at the text, so a batch does not read every article twice). Never throws.
    /// </summary>
    public Model.Metadata? ReadMetadata(string sourcePath, bool onlyIfDeclared)
    {
        try
        {
            var bytes = ReadSource(sourcePath);
            if (onlyIfDeclared && !Translations.FrontMatterKeys.MayDeclareTranslation(sourcePath, bytes)) return null;
            return ReadDocument(sourcePath, new DiagnosticBag(), bytes).Metadata;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            // The export itself reports why the article cannot be read; here it simply has no versions.
            return null;
        }
    }

    // Every version's HTML handout sits beside this one in the output folder.
    private System.Collections.Immutable.ImmutableArray<Translations.LanguageVersion> LanguageVersions(string sourcePath)
    {
        var versions = options.Translations.VersionsOf(sourcePath);
        var me = Path.GetFullPath(sourcePath);
        return [.. versions.Select(v => new Translations.LanguageVersion(v.Language, Translations.LanguageNames.Of(v.Language),
            Path.GetFileName(options.OutputPath(v.SourcePath, "html")), Path.GetFullPath(v.SourcePath) == me))];
    }

    // Said once per document, only when the language leaves checks out: the run report then says which ran.
    private void NoteChecksNotRun(Document document, HandoutSettings settings, DiagnosticBag diagnostics, string sourcePath)
    {
        if (toolchain.Checks.Count == 0) return;
        var profile = Checks.CheckProfile.For(document, settings);
        if (!profile.NotRun.IsEmpty)
            diagnostics.Add(new Diagnostic(Severity.Info, Checks.CheckProfile.CoverageRule, profile.Describe(), sourcePath));
    }

    // Readers build a syntax tree before the block count is known; a million one-word lines would cost
    // gigabytes first. Every block needs a line of its own (or a cell), so this bound is never tighter.
    private static void RejectTooManyLines(SourceFile source, HandoutSettings settings)
    {
        var limit = (long)settings.MaxBlocks * LinesPerBlock;
        long lines = 0;
        var blank = true;
        foreach (var b in source.Bytes.Span)
        {
            if (b == (byte)'\n')
            {
                if (!blank && ++lines > limit) break;
                blank = true;
            }
            else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or 0)) blank = false;
        }
        if (!blank) lines++;
        if (lines > limit)
            throw new DocumentException("input.too-many-blocks",
                string.Create(CultureInfo.InvariantCulture, $"the document has more than {limit:N0} non-blank lines; a handout has dozens"),
                source.Path, suggestion: "split the article, or raise limits.maxBlocks in handout.yml");
    }

    // Layout cost grows with the block count, so a bound here bounds time and memory in every writer.
    private static void RejectRunaway(Document document, string sourcePath, HandoutSettings settings)
    {
        if (document.Metadata.Title.Length > MaxTitleLength)
            throw new DocumentException("input.title-too-long",
                string.Create(CultureInfo.InvariantCulture, $"the title is {document.Metadata.Title.Length:N0} characters long; a handout title is one short line (at most {MaxTitleLength})"),
                sourcePath, suggestion: "shorten the title (front matter 'title', or the first line of a text file)");
        var limit = settings.MaxBlocks;
        var count = 0;
        foreach (var block in ModelWalker.Descendants(document))
        {
            count += block is Table table ? 1 + table.Header.Cells.Length + table.Rows.Sum(r => r.Cells.Length) : 1;
            if (count <= limit) continue;
            throw new DocumentException("input.too-many-blocks",
                string.Create(CultureInfo.InvariantCulture, $"the document has more than {limit:N0} blocks (paragraphs, headings, list items, table cells); a handout has dozens"),
                sourcePath, suggestion: "split the article, or raise limits.maxBlocks in handout.yml");
        }
    }

    private static DocumentResult Failed(string sourcePath, string? sha, List<OutputFile> outputs,
        IReadOnlyList<Diagnostic> diagnostics, Stopwatch clock, Exception? failure) =>
        new(sourcePath, sha, DocumentStatus.Failed, outputs, diagnostics, clock.Elapsed, failure);

    private static string CollapseLines(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static (IDocumentWriter Writer, PooledBuffer Buffer, WriteResult Result) Render(IDocumentWriter writer, ComposedHandout handout, RenderContext context, string sourcePath)
    {
        // Rendered fully in memory: a writer that fails leaves nothing behind, not even a temporary file.
        var buffer = new PooledBuffer();
        try
        {
            return (writer, buffer, writer.Write(handout, context, buffer));
        }
        catch (DocumentException)
        {
            buffer.Dispose();
            throw;
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            buffer.Dispose();
            throw new DocumentException(new Diagnostic(Severity.Error, $"writer.{writer.Format}",
                $"the {writer.Format} writer failed: {e.GetType().Name}: {CollapseLines(e.Message)}", sourcePath,
                Suggestion: "this is a bug in AcneBotox; please report it with the input file"), e);
        }
    }

    private OutputFile Commit(IDocumentWriter writer, PooledBuffer buffer, WriteResult result, string sourcePath)
    {
        using (buffer)
        {
            var path = options.OutputPath(sourcePath, writer.Extension);
            var bytes = buffer.Written;
            // The batch syncs the output folder once before its cache names this file (one fsync per output was a quarter of a batch).
            AtomicFile.Write(path, stream => stream.Write(bytes.Span), FlushMode.Deferred);
            return new OutputFile(writer.Format, path, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes.Span)), result.Pages);
        }
    }

    /// <summary>Reads an input through the bounded reader; a folder, a missing file, a pipe or a file over the limit is a <see cref="DocumentException"/>.</summary>
    public byte[] ReadSource(string sourcePath)
    {
        if (Directory.Exists(sourcePath))
            throw new DocumentException("input.not-a-file", "this is a folder, not an article file", sourcePath,
                suggestion: "give the folder itself as INPUT to export the articles inside it");
        if (!File.Exists(sourcePath))
        {
            // The system gave us the name with U+FFFD for bytes that are not UTF-8; that string names no file.
            if (sourcePath.Contains('\uFFFD', StringComparison.Ordinal))
                throw new DocumentException("input.bad-name", "the file name is not valid UTF-8, so the file cannot be opened", sourcePath,
                    suggestion: "rename the file using UTF-8 characters");
            throw new DocumentException("input.missing", "file not found", sourcePath);
        }
        var limit = options.SettingsFor(sourcePath).MaxInputBytes;
        var read = BoundedFile.Read(sourcePath, limit);
        if (read.IsTooLarge)
            throw new DocumentException("input.too-large",
                string.Create(CultureInfo.InvariantCulture, $"file is {read.Length:N0} bytes, over the limit of {limit:N0}"), sourcePath,
                suggestion: "split the article, or raise limits.maxInputBytes in handout.yml (or --max-input-bytes)");
        if (read.Bytes is null)
            throw new DocumentException("input.not-a-file", $"the input was not read: {read.Refusal}", sourcePath,
                suggestion: "export ordinary text or Markdown files only");
        return read.Bytes;
    }
}
