using System.CommandLine;
using AcneBotox.Core.Checks;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Settings;

namespace AcneBotox.Cli;

/// <summary><c>acnebotox check [INPUT...]</c>: readability scores and handout-quality findings, without writing handouts.</summary>
public sealed class CheckCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    private readonly Argument<string[]> _inputs = new("INPUT")
    {
        Description = "Files or folders to check (folders: *.md, *.markdown, *.txt, recursively). Default: content/",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f")
    {
        Description = "Report format: text (for people) or json (for tools)",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string> _failOn = new("--fail-on")
    {
        Description = "Exit 1 when a finding is at least this severe: warning or error",
        DefaultValueFactory = _ => "error",
    };

    private readonly Option<string?> _settings = new("--settings")
    {
        Description = "Handout settings file. Default: handout.yml in the content folder (content/handout.yml)",
    };

    /// <summary>Creates the command; the report goes to <paramref name="stdout"/>, setup messages to <paramref name="stderr"/>.</summary>
    public CheckCommand(TextWriter stdout, TextWriter stderr)
    {
        _stdout = stdout;
        _stderr = stderr;
        _format.AcceptOnlyFromAmong("text", "json");
        _failOn.AcceptOnlyFromAmong("warning", "error");
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
        var settingsPath = request.SettingsPath ?? Path.Combine(inputs.ContentFolder, "handout.yml");
        var settings = HandoutSettingsLoader.Load(settingsPath, required: request.SettingsPath is not null, setupDiagnostics);
        foreach (var diagnostic in setupDiagnostics.Items) _stderr.WriteLine(diagnostic);

        // The output folder is never written: check only reads.
        var checker = new DocumentChecker(toolchain, new ExportOptions(Path.GetFullPath("output"), [], settings));
        var results = inputs.Files.Select(checker.Check).ToList();
        if (request.Format == "json") CheckJsonReport.Write(_stdout, results, settings);
        else CheckTextReport.Write(_stdout, results, settings);

        var threshold = request.FailOn == "warning" ? Severity.Warning : Severity.Error;
        var fail = results.Any(r => r.Failed || r.Findings.Any(f => f.Severity >= threshold));
        return fail ? CliApp.ExitDocumentFailed : CliApp.ExitOk;
    }
}
