namespace AcneBotox.Core.Pipeline;

/// <summary>What happened to one input.</summary>
public enum DocumentStatus
{
    /// <summary>Every requested output was written.</summary>
    Ok,
    /// <summary>The document could not be read or rendered; no output under a final name.</summary>
    Failed,
    /// <summary>Outputs were already up to date.</summary>
    Skipped,
}
