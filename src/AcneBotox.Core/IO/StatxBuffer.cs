using System.Runtime.InteropServices;

namespace AcneBotox.Core.IO;

/// <summary>Linux <c>struct statx</c> (linux/stat.h): 256 bytes, the same layout on every architecture.</summary>
[StructLayout(LayoutKind.Explicit, Size = 256)]
internal struct StatxBuffer
{
    [FieldOffset(28)] private readonly ushort _mode;
    [FieldOffset(32)] private readonly ulong _inode;
    [FieldOffset(40)] private readonly ulong _size;
    [FieldOffset(136)] private readonly uint _deviceMajor;
    [FieldOffset(140)] private readonly uint _deviceMinor;

    /// <summary>The fields a bounded read needs.</summary>
    public readonly FileIdentity Identity =>
        new(KindOf(_mode), (long)Math.Min(_size, long.MaxValue), ((ulong)_deviceMajor << 32) | _deviceMinor, _inode);

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Folder,
        0x1000 => FileKind.NamedPipe,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        0xA000 => FileKind.SymbolicLink,
        _ => FileKind.Unknown,
    };
}
