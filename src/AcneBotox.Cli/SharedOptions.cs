using System.CommandLine;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Cli;

/// <summary>The arguments and options <c>export</c> and <c>check</c> share, so both read and fail alike.</summary>
internal static class SharedOptions
{
    /// <summary>The INPUT argument: files or folders, default <c>content/</c>.</summary>
    /// <param name="verb">What the command does with them ("export", "check").</param>
    public static Argument<string[]> Inputs(string verb) => new("INPUT")
    {
        Description = $"Files or folders to {verb} (folders: *.md, *.markdown, *.txt, recursively). Default: content/",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary><c>--settings FILE</c>.</summary>
    public static Option<string?> Settings() => new("--settings")
    {
        Description = "Handout settings file for every input. Default: each input's nearest handout.yml, from its folder up to the repository root",
    };

    /// <summary><c>--fail-on warning|error</c>, default <c>error</c>.</summary>
    /// <param name="what">What is judged ("a diagnostic", "a finding").</param>
    public static Option<string> FailOn(string what)
    {
        var option = new Option<string>("--fail-on")
        {
            Description = $"Exit 1 when {what} is at least this severe: warning or error",
            DefaultValueFactory = _ => "error",
        };
        option.AcceptOnlyFromAmong("warning", "error");
        return option;
    }

    /// <summary>The lowest severity that fails the run, from a <c>--fail-on</c> value.</summary>
    public static Severity Threshold(string failOn) => failOn == "warning" ? Severity.Warning : Severity.Error;
}
