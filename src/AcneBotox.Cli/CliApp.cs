using System.CommandLine;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Cli;

/// <summary>The <c>acnebotox</c> command: builds the command tree and maps outcomes to exit codes.</summary>
public static class CliApp
{
    /// <summary>Everything went well.</summary>
    public const int ExitOk = 0;

    /// <summary>At least one document failed (or had warnings under <c>--fail-on warning</c>).</summary>
    public const int ExitDocumentFailed = 1;

    /// <summary>The tool was called wrongly or its environment is broken.</summary>
    public const int ExitUsage = 2;

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var export = new ExportCommand(stdout, stderr);
        var root = new RootCommand("AcneBotox: patient handouts as PDF, Word and accessible HTML from plain text or Markdown.")
        {
            export.Command,
            new CheckCommand(stdout, stderr).Command,
        };
        // No subcommand: export content/ to output/ in every format, the README's main job.
        root.SetAction(_ => export.RunDefault());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'acnebotox --help' for usage.");
            return ExitUsage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine(e.Message);
            return ExitUsage;
        }
    }
}
