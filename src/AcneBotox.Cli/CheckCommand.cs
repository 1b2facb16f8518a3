using System.CommandLine;
using AcneBotox.Core.Checks;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Translations;

namespace AcneBotox.Cli;

/// <summary><c>acnebotox check [INPUT...]</c>: readability scores and handout-quality findings, without writing handouts.</summary>
public sealed class CheckCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    private readonly Argument<string[]> _inputs = SharedOptions.Inputs("check");

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Report format: text (for people) or json (for tools)",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string> _failOn = SharedOptions.FailOn("a finding");

    private readonly Option<string?> _settings = SharedOptions.Settings();

    /// <summary>Creates the command; the report goes to <paramref name="stdout"/>, setup messages to <paramref name="stderr"/>.</summary>
    public CheckCommand(TextWriter stdout, TextWriter stderr)
    {
        _stdout = stdout;
        _stderr = stderr;
        _format.AcceptOnlyFromAmong("text", "json");
        OptionValues.Path(_settings);
        OptionValues.Paths(_inputs);
        Command = new Command("check", "Score readability and check handout quality, without exporting")
        {
            _inputs, _format, _failOn, _settings,
        };
        Command.SetAction(parsed => Run(new CheckRequest(
            parsed.GetValue(_inputs) ?? [],
            parsed.GetValue(_format) ?? "text",
            parsed.GetValue(_failOn) ?? "error",
            parsed.GetValue(_settings))));
    }

    /// <summary>The System.CommandLine command.</summary>
    public Command Command { get; }

    private int Run(CheckRequest request)
    {
        var toolchain = ToolchainFactory.Create();
        var setupDiagnostics = new DiagnosticBag();
        var inputs = InputDiscovery.Find(request.Inputs, toolchain.Readers, setupDiagnostics);
        var settings = HandoutSettingsLoader.LoadFor(request.SettingsPath, inputs.ContentFolder, setupDiagnostics);
        foreach (var diagnostic in setupDiagnostics.Items) _stderr.WriteLine(diagnostic);

        // The output folder is never written: check only reads.
        var options = new ExportOptions(Path.GetFullPath("output"), [], settings);
        var checker = new DocumentChecker(toolchain, options);
        // Like export: a translation reviewed before its source is reported, whichever order the files come in.
        var translations = TranslationIndex.Build([.. inputs.Files], new DocumentExporter(toolchain, options).ReadMetadata, settings.Language);
        var results = inputs.Files.Select(checker.Check)
            .Select(result => result with { Findings = [.. result.Findings, .. translations.Findings(result.Source)] })
            .ToList();
        if (request.Format == "json") CheckJsonReport.Write(_stdout, results, settings);
        else CheckTextReport.Write(_stdout, results, settings);

        var threshold = SharedOptions.Threshold(request.FailOn);
        var fail = results.Any(r => r.Failed || r.Findings.Any(f => f.Severity >= threshold));
        return fail ? CliApp.ExitDocumentFailed : CliApp.ExitOk;
    }
}
