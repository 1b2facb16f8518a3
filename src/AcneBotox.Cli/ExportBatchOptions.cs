using System.CommandLine;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Cli;

/// <summary>
/// The export command's batch switches (<c>--jobs --force --shard --report --fail-on --quiet</c>), kept apart
/// from the render switches so each can change without touching the other.
/// </summary>
internal sealed class ExportBatchOptions
{
    private readonly Option<int> _jobs = new("--jobs", "-j")
    {
        Description = "Documents to export at once. Default: the number of processors",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    private readonly Option<bool> _force = new("--force")
    {
        Description = "Export every document, even those the cache in the output folder shows are up to date",
    };

    private readonly Option<string?> _shard = new("--shard")
    {
        Description = "Export only shard K of N (K/N, e.g. 1/4), picked by a stable hash of each file's path; N jobs with K = 1..N cover the corpus exactly once",
    };

    private readonly Option<string?> _report = new("--report")
    {
        Description = "Write a JSON report of the run to this file",
    };

    private readonly Option<string> _failOn = SharedOptions.FailOn("a diagnostic");

    private readonly Option<bool> _quiet = new("--quiet", "-q")
    {
        Description = "No progress display and no per-file lines; problems are still printed",
    };

    /// <summary>Creates the options with their validation.</summary>
    public ExportBatchOptions()
    {
        OptionValues.WholeNumber(_jobs, 1024, "4");
        OptionValues.Path(_report);
        _shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ShardSpec.TryParse(text) is null)
                result.AddError(ShardSpec.Problem(text));
        });
    }

    /// <summary>Adds every batch option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _jobs, _force, _shard, _report, _failOn, _quiet })
            command.Options.Add(option);
    }

    /// <summary>The parsed values.</summary>
    public BatchRequest Read(ParseResult parsed) => new(
        parsed.GetValue(_jobs),
        parsed.GetValue(_force),
        parsed.GetValue(_shard),
        parsed.GetValue(_report),
        parsed.GetValue(_failOn) ?? "error",
        parsed.GetValue(_quiet));
}
