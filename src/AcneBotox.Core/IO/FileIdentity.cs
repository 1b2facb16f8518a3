namespace AcneBotox.Core.IO;

/// <summary>What the file system says about one file: its kind, size and identity (device and inode).</summary>
/// <param name="Kind">What the path names.</param>
/// <param name="Length">Its size in bytes (meaningful for ordinary files only).</param>
/// <param name="Device">The device it lives on (with <paramref name="Inode"/>, which file it is).</param>
/// <param name="Inode">Its inode number.</param>
public readonly record struct FileIdentity(FileKind Kind, long Length, ulong Device, ulong Inode)
{
    /// <summary>True when both describe the same file (a path swapped between two looks gives another identity).</summary>
    public bool IsSameFileAs(FileIdentity other) => Device == other.Device && Inode == other.Inode;
}
