using System.Runtime.InteropServices;

namespace AcneBotox.Core.IO;

/// <summary>
/// Makes every file written into a folder durable with one system call (Linux <c>syncfs</c>) instead of one
/// <c>fsync</c> per file. A batch writes thousands of outputs; syncing each one cost about a quarter of the
/// wall time of a 1,000-article run, and the rename already gives readers the old file or the whole new one.
/// What must be durable before the cache manifest names an output is every output, which one sync gives.
/// </summary>
public static class FileSystemSync
{
    private static bool? s_available;

    /// <summary>
    /// True where <see cref="Sync"/> works (Linux with <c>syncfs</c>). Elsewhere each file must be flushed
    /// as it is written, and writers that would defer the flush do it at once instead.
    /// </summary>
    public static bool Available
    {
        get
        {
            if (s_available is { } known) return known;
            s_available = OperatingSystem.IsLinux() && LinuxFiles.Available;
            return s_available.Value;
        }
    }

    /// <summary>
    /// Flushes the file system holding <paramref name="folder"/> to disk. Returns false when that could not be
    /// done (not Linux, or the call failed), so the caller knows the deferred files may not be durable yet.
    /// </summary>
    public static bool Sync(string folder)
    {
        if (!Available) return false;
        try
        {
            using var handle = LinuxFiles.OpenForReading(folder);
            var added = false;
            try
            {
                handle.DangerousAddRef(ref added);
                return syncfs((int)handle.DangerousGetHandle()) == 0;
            }
            finally
            {
                if (added) handle.DangerousRelease();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int syncfs(int fd);
}
