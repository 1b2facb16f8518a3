namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>How a batch runs, as opposed to what it produces (<see cref="ExportOptions"/>).</summary>
/// <param name="Jobs">Documents exported at the same time (at least 1).</param>
/// <param name="Force">Ignore the cache and export every document.</param>
/// <param name="Shard">The slice of the corpus this run exports; <c>null</c> for all of it.</param>
public sealed record BatchSettings(int Jobs, bool Force = false, ShardSpec? Shard = null);
