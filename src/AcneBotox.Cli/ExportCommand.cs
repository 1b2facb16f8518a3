using System.CommandLine;
using AcneBotox.Cli.Watch;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;
using AcneBotox.Core.IO;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using AcneBotox.Core.Settings;

namespace AcneBotox.Cli;

/// <summary><c>acnebotox export [INPUT...]</c>: reads each input once and writes every requested format.</summary>
public sealed class ExportCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    private readonly Argument<string[]> _inputs = SharedOptions.Inputs("export");

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "Folder for the outputs",
        DefaultValueFactory = _ => "output",
    };

    private readonly Option<string[]> _formats = new("--format", "-f")
    {
        Description = "Formats to write, comma-separated or repeated (html, pdf, docx). Default: every available format",
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<string?> _settings = SharedOptions.Settings();

    private readonly Option<string?> _paper = new("--paper")
    {
        Description = "Paper size, overriding the settings: a4 or letter",
    };

    private readonly Option<bool> _largePrint = new("--large-print")
    {
        Description = "Large-print variant (18 pt body, line height 1.5), written as <name>.large-print.<ext>",
    };

    private readonly Option<long?> _maxInputBytes = new("--max-input-bytes")
    {
        Description = "Largest input file accepted, in bytes, overriding limits.maxInputBytes (default 10485760)",
    };

    private readonly Option<int?> _maxBlocks = new("--max-blocks")
    {
        Description = "Most blocks (paragraphs, headings, list items, table cells) one document may hold, overriding limits.maxBlocks (default 10000)",
    };

    private readonly Option<string?> _resourcePath = new("--resource-path")
    {
        Description = "Folder images may be read from (the sandbox). Default: the input folder's tree",
    };

    private readonly Option<bool> _watch = new("--watch")
    {
        Description = "After exporting, watch the inputs and the settings file and export again on every save, until Ctrl+C",
    };

    private readonly Option<bool>? _verbose;

    private readonly ExportBatchOptions _batch = new();

    /// <summary>Creates the command; messages go to the given writers.</summary>
    /// <param name="stdout">Where the list of written files goes.</param>
    /// <param name="stderr">Where diagnostics go.</param>
    /// <param name="verbose">The global <c>--verbose</c> option, which adds exception details to internal errors.</param>
    public ExportCommand(TextWriter stdout, TextWriter stderr, Option<bool>? verbose = null)
    {
        _stdout = stdout;
        _stderr = stderr;
        _verbose = verbose;
        OptionValues.WholeNumber(_maxInputBytes, 1L << 32, "20971520");
        OptionValues.WholeNumber(_maxBlocks, 1_000_000, "20000");
        OptionValues.Path(_output);
        OptionValues.Path(_settings);
        OptionValues.Path(_resourcePath);
        OptionValues.Paths(_inputs);
        _paper.AcceptOnlyFromAmong("a4", "letter");
        Command = new Command("export", "Export articles to handouts (PDF, Word, HTML)")
        {
            _inputs, _output, _formats, _settings, _paper, _largePrint, _maxInputBytes, _maxBlocks, _resourcePath, _watch,
        };
        Command.SetAction(parsed => Run(new ExportRequest(
            parsed.GetValue(_inputs) ?? [],
            parsed.GetValue(_output) ?? "output",
            parsed.GetValue(_formats) ?? [],
            parsed.GetValue(_settings),
            parsed.GetValue(_paper),
            parsed.GetValue(_largePrint))
        {
            MaxInputBytes = parsed.GetValue(_maxInputBytes),
            MaxBlocks = parsed.GetValue(_maxBlocks),
            ResourcePath = parsed.GetValue(_resourcePath),
            Verbose = _verbose is not null && parsed.GetValue(_verbose),
            Watch = parsed.GetValue(_watch),
        }, _batch.Read(parsed)));
        _batch.AddTo(Command);
    }

    /// <summary>The System.CommandLine command.</summary>
    public Command Command { get; }

    /// <summary>Runs with every default: content/ to output/ in every format.</summary>
    public int RunDefault(bool verbose = false) =>
        Run(new ExportRequest([], "output", [], null, null, false) { Verbose = verbose }, BatchRequest.Default);

    private int Run(ExportRequest request, BatchRequest batch) => request.Watch
        ? ExportWatch.Run(() => RunOnce(request, batch), ExportWatch.FoldersFor(request.Inputs, request.SettingsPath),
            Path.GetFullPath(request.Output), _stderr, request.Verbose)
        : RunOnce(request, batch);

    private int RunOnce(ExportRequest request, BatchRequest batch)
    {
        StageTrace.Mark("command line parsed");
        var toolchain = ToolchainFactory.Create();
        var setupDiagnostics = new DiagnosticBag();
        var inputs = InputDiscovery.Find(request.Inputs, toolchain.Readers, setupDiagnostics);
        var lookup = SettingsFor(request, setupDiagnostics);
        var settings = lookup.ForFolder(inputs.ContentFolder);
        var perSource = lookup.ForFiles(inputs.Files);
        var formats = request.Formats
            .SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(f => f.ToLowerInvariant())
            .Distinct()
            .ToList();
        if (formats.Count == 0) formats = [.. toolchain.Writers.Formats];
        foreach (var format in formats) toolchain.Writers.Get(format);

        if (File.Exists(request.Output))
            throw new UsageException($"{request.Output}: error: the output path is a file; give a folder with -o");
        var options = new ExportOptions(Path.GetFullPath(request.Output), formats, settings,
            ContentRootFor(request, inputs.Files, inputs.ContentFolder)) { SettingsBySource = perSource };
        var baselinePath = Baseline.PathFor(lookup.FileFor(inputs.ContentFolder), inputs.ContentFolder);
        var baseline = Baseline.Load(baselinePath);
        if (batch.ReportPath is { } report) ReportTarget.Check(report, inputs.Files, batch.Force);
        foreach (var diagnostic in setupDiagnostics.Items) _stderr.WriteLine(diagnostic);

        // Same-name collisions (reported as failed documents, rule output.collision), isolation,
        // parallelism and the cache are the batch's job.
        StageTrace.Mark("inputs found, settings read");
        var items = inputs.Files.Select(file => BatchItem.Create(file, inputs.ContentFolder)).ToList();
        return new BatchExport(_stdout, _stderr, request.Verbose).Run(toolchain, options, items, batch, baseline, baselinePath);
    }

    // --resource-path, else the folder given as INPUT when it holds every file, else each file's own folder.
    private static string? ContentRootFor(ExportRequest request, IReadOnlyList<string> files, string contentFolder)
    {
        if (request.ResourcePath is { } resources)
        {
            if (!Directory.Exists(resources))
                throw new UsageException($"{resources}: error: the --resource-path folder does not exist");
            return Path.GetFullPath(resources);
        }
        var folder = Path.GetFullPath(contentFolder);
        return files.All(f => RealPath.IsInside(Path.GetFullPath(f), folder)) ? folder : null;
    }

    // Each input's nearest handout.yml (or --settings for all), with the command line's caps and switches applied.
    private static SettingsLookup SettingsFor(ExportRequest request, DiagnosticBag diagnostics)
    {
        // The command line sets the caps; a settings file may only lower them.
        var caps = new SettingsCaps(request.MaxInputBytes ?? SettingsCaps.Default.MaxInputBytes, request.MaxBlocks ?? SettingsCaps.Default.MaxBlocks);
        return new SettingsLookup(request.SettingsPath, diagnostics, caps, settings =>
        {
            if (request.Paper is { } paper) settings = settings with { Paper = paper == "letter" ? Paper.Letter : Paper.A4 };
            return settings with { LargePrint = request.LargePrint };
        });
    }
}
