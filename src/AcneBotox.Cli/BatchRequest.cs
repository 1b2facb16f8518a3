namespace AcneBotox.Cli;

/// <summary>The export command's batch switches, parsed.</summary>
/// <param name="Jobs">Documents exported at once.</param>
/// <param name="Force">Ignore the cache.</param>
/// <param name="Shard">The <c>K/N</c> text, when given.</param>
/// <param name="ReportPath">Where to write the JSON report, when asked.</param>
/// <param name="FailOn">The lowest severity that fails the run: <c>warning</c> or <c>error</c>.</param>
/// <param name="Quiet">No progress and no per-file lines; diagnostics and annotations still appear.</param>
internal sealed record BatchRequest(int Jobs, bool Force, string? Shard, string? ReportPath, string FailOn, bool Quiet)
{
    /// <summary>The defaults: one job per processor, cache on, whole corpus, no report, fail on errors.</summary>
    public static BatchRequest Default { get; } = new(Environment.ProcessorCount, false, null, null, "error", false);
}
