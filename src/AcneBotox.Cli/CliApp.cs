using System.CommandLine;
using AcneBotox.Cli.Preview;
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

    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code. Never throws.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Show the details (exception and stack trace) behind an error message",
            Recursive = true,
        };
        var showDetails = args?.Contains("--verbose") == true || args?.Contains("-v") == true;
        try
        {
            var export = new ExportCommand(stdout, stderr, verbose);
            var root = new RootCommand("AcneBotox: patient handouts as PDF, Word and accessible HTML from plain text or Markdown.")
            {
                export.Command,
                new CheckCommand(stdout, stderr).Command,
                new PreviewCommand(stdout, stderr, verbose).Command,
            };
            root.Options.Add(verbose);
            // No subcommand: export content/ to output/ in every format, the README's main job.
            root.SetAction(parsed => export.RunDefault(parsed.GetValue(verbose)));

            var parsed = root.Parse(args ?? []);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors) stderr.WriteLine(ConsoleText.Line($"error: {OneLine(error.Message)}"));
                stderr.WriteLine("Run 'acnebotox --help' for usage.");
                return ExitUsage;
            }
            showDetails = parsed.GetValue(verbose);
            // Our own handler below turns every exception into one line; System.CommandLine's would print a stack trace.
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return ReportFailure(e, stderr, showDetails);
        }
    }

    // Exit 2 for every escape but a document's own problem: usage and environment problems by design,
    // and our own bugs, which the exporter already turns into failed documents (exit 1) per document.
    internal static int ReportFailure(Exception e, TextWriter stderr, bool showDetails)
    {
        var message = e switch
        {
            UsageException => e.Message,
            DocumentException document => document.Diagnostic.ToString(),
            IOException or UnauthorizedAccessException => $"error: {e.Message} (check that the paths exist and are readable and writable)",
            OutOfMemoryException => "error: out of memory (the input is too large or too complex; split it or raise the machine's memory)",
            _ => $"error: internal error: {e.GetType().Name}: {e.Message} (this is a bug in AcneBotox; please report it with the input file, run with --verbose for details)",
        };
        try
        {
            stderr.WriteLine(ConsoleText.Line(OneLine(message)));
            if (showDetails) WriteDetails(stderr, e);
        }
        catch (IOException)
        {
            // Standard error is gone (closed pipe); the exit code still tells the caller.
        }
        return e is DocumentException ? ExitDocumentFailed : ExitUsage;
    }

    /// <summary>Writes an exception with its stack trace, each line escaped: its message may quote an input.</summary>
    internal static void WriteDetails(TextWriter writer, Exception e)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in e.ToString().Split('\n')) writer.WriteLine(ConsoleText.Line(line.TrimEnd('\r')));
    }

    /// <summary>Folds a message to one line so every error stays one line in CI logs.</summary>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
