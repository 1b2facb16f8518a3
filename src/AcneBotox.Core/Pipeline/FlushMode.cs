namespace AcneBotox.Core.Pipeline;

/// <summary>When <see cref="AtomicFile"/> makes a written file durable.</summary>
public enum FlushMode
{
    /// <summary>Sync the file to disk before it is renamed into place.</summary>
    Now,

    /// <summary>Rename at once; the caller syncs the whole folder later, once for all its files.</summary>
    Deferred,
}
