using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace AcneBotox.Core.IO;

/// <summary>
/// The two Linux system calls .NET does not expose and a bounded read needs: <c>statx</c>, which tells a
/// named pipe or device from an ordinary file without opening it (.NET's FileInfo cannot: both report
/// length 0, attributes Normal), and <c>open</c> with <c>O_NONBLOCK</c>, so that a file swapped for a pipe
/// between the check and the open still cannot block. <c>struct statx</c> has one layout on every Linux
/// architecture, unlike <c>struct stat</c>, which is why it is used here.
/// </summary>
internal static partial class LinuxFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const uint StatxSize = 0x200;

    // The same on every Linux architecture (asm-generic/fcntl.h; x86, ARM and PowerPC agree for these).
    private const int ORdOnly = 0;
    private const int ONoCtty = 0x100;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;

    private const int EIntr = 4;

    private static bool? s_available;

    /// <summary>True on Linux when <c>statx</c> works (glibc 2.28+, kernel 4.11+).</summary>
    public static bool Available
    {
        get
        {
            if (s_available is { } known) return known;
            var works = false;
            if (OperatingSystem.IsLinux())
            {
                try
                {
                    works = StatPath("/", followLinks: true, out _) == 0;
                }
                catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
                {
                    works = false;
                }
            }
            s_available = works;
            return works;
        }
    }

    /// <summary>The kind, size and identity of <paramref name="path"/>; throws the .NET exception for the errno.</summary>
    public static FileIdentity Stat(string path, bool followLinks)
    {
        int result;
        StatxBuffer buffer;
        do result = StatPath(path, followLinks, out buffer);
        while (result != 0 && Marshal.GetLastPInvokeError() == EIntr);
        if (result != 0) throw ErrorFor(Marshal.GetLastPInvokeError(), path);
        return buffer.Identity;
    }

    /// <summary>The kind, size and identity of an open file.</summary>
    public static FileIdentity Stat(SafeFileHandle handle, string pathForMessages)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var fd = (int)handle.DangerousGetHandle();
            int result;
            StatxBuffer buffer;
            do result = statx(fd, [0], AtEmptyPath, StatxType | StatxSize | StatxIno, out buffer);
            while (result != 0 && Marshal.GetLastPInvokeError() == EIntr);
            if (result != 0) throw ErrorFor(Marshal.GetLastPInvokeError(), pathForMessages);
            return buffer.Identity;
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    /// <summary>Opens <paramref name="path"/> for reading without ever blocking (a pipe opens at once and is then refused by its kind).</summary>
    public static SafeFileHandle OpenForReading(string path)
    {
        int fd;
        do fd = open(CString(path), ORdOnly | ONoCtty | ONonBlock | OCloExec);
        while (fd < 0 && Marshal.GetLastPInvokeError() == EIntr);
        if (fd < 0) throw ErrorFor(Marshal.GetLastPInvokeError(), path);
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    private static int StatPath(string path, bool followLinks, out StatxBuffer buffer) =>
        statx(AtFdCwd, CString(path), followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxSize | StatxIno, out buffer);

    // A NUL-terminated UTF-8 path, as the kernel takes it (how .NET encodes paths on Unix too).
    private static byte[] CString(string path)
    {
        // An embedded NUL would end the path early and name another file.
        if (path.Contains('\0', StringComparison.Ordinal)) throw new IOException($"the path contains a NUL character: '{path.Replace('\0', '?')}'");
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
        System.Text.Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    // The errno values are the same on every Linux architecture.
    private static Exception ErrorFor(int errno, string path) => errno switch
    {
        2 => new FileNotFoundException($"Could not find file '{path}'.", path),
        20 => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."),
        1 or 13 => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
        36 => new PathTooLongException($"The path '{path}' is too long for the file system."),
        _ => new IOException($"{new Win32Exception(errno).Message}: '{path}'", errno),
    };

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] path, int flags, uint mask, out StatxBuffer buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);
}
