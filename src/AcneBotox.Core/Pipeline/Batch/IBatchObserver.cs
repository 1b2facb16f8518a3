namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>Hears about a batch as it runs (progress display, CI annotations). Called from worker threads.</summary>
public interface IBatchObserver
{
    /// <summary>The batch is about to export <paramref name="total"/> documents.</summary>
    void Started(int total);

    /// <summary>One document finished (exported, skipped or failed); <paramref name="done"/> have finished so far.</summary>
    void Completed(DocumentResult result, int done);
}
