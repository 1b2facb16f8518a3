namespace AcneBotox.Core.IO;

/// <summary>What a path names, as the file system says before anything is opened.</summary>
public enum FileKind
{
    /// <summary>The file system could not say (not Linux, or an old kernel): callers fall back to guarded opens.</summary>
    Unknown,
    /// <summary>An ordinary file: the only kind we read.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Folder,
    /// <summary>A named pipe (FIFO): opening it blocks until a writer appears.</summary>
    NamedPipe,
    /// <summary>A character device such as <c>/dev/zero</c> or a terminal.</summary>
    CharacterDevice,
    /// <summary>A block device such as a disk.</summary>
    BlockDevice,
    /// <summary>A Unix socket.</summary>
    Socket,
    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,
}
