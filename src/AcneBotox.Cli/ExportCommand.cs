using System.CommandLine;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using AcneBotox.Core.Settings;

namespace AcneBotox.Cli;

/// <summary><c>acnebotox export [INPUT...]</c>: reads each input once and writes every requested format.</summary>
public sealed class ExportCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    private readonly Argument<string[]> _inputs = new("INPUT")
    {
        Description = "Files or folders to export (folders: *.md, *.markdown, *.txt, recursively). Default: content/",
        Arity = ArgumentArity.ZeroOrMore,
    };

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

    private readonly Option<string?> _settings = new("--settings")
    {
        Description = "Handout settings file. Default: handout.yml in the content folder (content/handout.yml)",
    };

    private readonly Option<string?> _paper = new("--paper")
    {
        Description = "Paper size, overriding the settings: a4 or letter",
    };

    private readonly Option<bool> _largePrint = new("--large-print")
    {
        Description = "Large-print variant (18 pt body, line height 1.5), written as <name>.large-print.<ext>",
    };

    private readonly ExportBatchOptions _batch = new();

    /// <summary>Creates the command; messages go to the given writers.</summary>
    public ExportCommand(TextWriter stdout, TextWriter stderr)
    {
        _stdout = stdout;
        _stderr = stderr;
        _paper.AcceptOnlyFromAmong("a4", "letter");
        Command = new Command("export", "Export articles to handouts (PDF, Word, HTML)")
        {
            _inputs, _output, _formats, _settings, _paper, _largePrint,
        };
        Command.SetAction(parsed => Run(new ExportRequest(
            parsed.GetValue(_inputs) ?? [],
            parsed.GetValue(_output) ?? "output",
            parsed.GetValue(_formats) ?? [],
            parsed.GetValue(_settings),
            parsed.GetValue(_paper),
            parsed.GetValue(_largePrint)), _batch.Read(parsed)));
        _batch.AddTo(Command);
    }

    /// <summary>The System.CommandLine command.</summary>
    public Command Command { get; }

    /// <summary>Runs with every default: content/ to output/ in every format.</summary>
    public int RunDefault() => Run(new ExportRequest([], "output", [], null, null, false), BatchRequest.Default);

    private int Run(ExportRequest request, BatchRequest batch)
    {
        var toolchain = ToolchainFactory.Create();
        var setupDiagnostics = new DiagnosticBag();
        var inputs = InputDiscovery.Find(request.Inputs, toolchain.Readers);
        var settings = LoadSettings(request, inputs.ContentFolder, setupDiagnostics);
        var formats = request.Formats
            .SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(f => f.ToLowerInvariant())
            .Distinct()
            .ToList();
        if (formats.Count == 0) formats = [.. toolchain.Writers.Formats];
        foreach (var format in formats) toolchain.Writers.Get(format);

        if (File.Exists(request.Output))
            throw new UsageException($"{request.Output}: error: the output path is a file; give a folder with -o");
        var options = new ExportOptions(Path.GetFullPath(request.Output), formats, settings);
        foreach (var diagnostic in setupDiagnostics.Items) _stderr.WriteLine(diagnostic);

        var items = inputs.Files.Select(file => BatchItem.Create(file, inputs.ContentFolder)).ToList();
        return new BatchExport(_stdout, _stderr).Run(toolchain, options, items, batch);
    }

    private static HandoutSettings LoadSettings(ExportRequest request, string contentFolder, DiagnosticBag diagnostics)
    {
        var path = request.SettingsPath ?? Path.Combine(contentFolder, "handout.yml");
        var settings = HandoutSettingsLoader.Load(path, required: request.SettingsPath is not null, diagnostics);
        if (request.Paper is { } paper) settings = settings with { Paper = paper == "letter" ? Paper.Letter : Paper.A4 };
        return settings with { LargePrint = request.LargePrint };
    }
}
