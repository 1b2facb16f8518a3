using System.CommandLine;
using AcneBotox.Core.Checks;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;
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

    private readonly Option<bool> _updateBaseline = new("--update-baseline")
    {
        Description = $"Accept every warning found now: write them to {Baseline.FileName} beside handout.yml (or in the content folder), so --fail-on counts only new ones",
    };

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
            _inputs, _format, _failOn, _settings, _updateBaseline,
        };
        Command.SetAction(parsed => Run(new CheckRequest(
            parsed.GetValue(_inputs) ?? [],
            parsed.GetValue(_format) ?? "text",
            parsed.GetValue(_failOn) ?? "error",
            parsed.GetValue(_settings),
            parsed.GetValue(_updateBaseline))));
    }

    /// <summary>The System.CommandLine command.</summary>
    public Command Command { get; }

    private int Run(CheckRequest request)
    {
        var toolchain = ToolchainFactory.Create();
        var setupDiagnostics = new DiagnosticBag();
        var inputs = InputDiscovery.Find(request.Inputs, toolchain.Readers, setupDiagnostics);
        var lookup = new SettingsLookup(request.SettingsPath, setupDiagnostics);
        var settings = lookup.ForFolder(inputs.ContentFolder);
        var perSource = lookup.ForFiles(inputs.Files);
        var baselinePath = Baseline.PathFor(lookup.FileFor(inputs.ContentFolder), inputs.ContentFolder);
        // --update-baseline rewrites the file, so a broken one is no obstacle then.
        var baseline = request.UpdateBaseline ? Baseline.Empty(Path.GetDirectoryName(baselinePath)!) : Baseline.Load(baselinePath);
        foreach (var diagnostic in setupDiagnostics.Items) _stderr.WriteLine(diagnostic);

        // The output folder is never written: check only reads.
        var options = new ExportOptions(Path.GetFullPath("output"), [], settings) { SettingsBySource = perSource };
        var checker = new DocumentChecker(toolchain, options);
        // Like export: a translation reviewed before its source is reported, whichever order the files come in.
        var translations = TranslationIndex.Build([.. inputs.Files], new DocumentExporter(toolchain, options).ReadMetadata, settings.Language);
        var results = inputs.Files.Select(checker.Check)
            .Select(result => result with { Findings = [.. result.Findings, .. translations.Findings(result.Source)] })
            .ToList();
        var here = Environment.CurrentDirectory;
        if (request.UpdateBaseline)
        {
            baseline = Baseline.Of(Path.GetDirectoryName(baselinePath)!, results.Select(r => (r.Source, r.Findings)));
            baseline.Save(baselinePath);
            _stderr.WriteLine($"{ConsoleText.Path(Path.GetRelativePath(here, baselinePath))}: wrote {Counted.Of(baseline.Count, "accepted warning")}; export and check now count only new ones");
        }

        var splits = results.Select(r => (Result: r, Split: baseline.Split(r.Source, r.Findings))).ToList();
        var shown = splits.Select(s => s.Result with { Findings = s.Split.New }).ToList();
        var accepted = splits.Sum(s => s.Split.Accepted.Count);
        if (request.Format == "json") CheckJsonReport.Write(_stdout, shown, settings);
        else CheckTextReport.Write(_stdout, shown, settings, accepted);

        var verdict = RunVerdict.Of(splits.Select(s => (s.Result.Readability is null, s.Split.New)), accepted, SharedOptions.Threshold(request.FailOn));
        _stderr.WriteLine(verdict);
        return verdict.ExitCode == 0 ? CliApp.ExitOk : CliApp.ExitDocumentFailed;
    }
}
