using AcneBotox.Core.IO;
using AcneBotox.Core.Resources.Decoding;
using Microsoft.Win32.SafeHandles;

namespace AcneBotox.Core.Resources;

/// <summary>
/// Reads an image file once, from an opened handle, and only when the file that was actually opened lies
/// inside the content root. Checking a path and then opening it leaves a gap in which the file (or a folder
/// on its way) can be swapped for a link that leads out; so on Linux the open file itself is asked where it
/// is (<c>/proc/self/fd/N</c>, the kernel's own name for it) and what it is (a regular file of bounded size),
/// and the bytes come from that handle. Pipes and devices are opened without blocking and then refused.
/// </summary>
internal static class ImageFileReader
{
    /// <summary>The bytes of <paramref name="path"/>, when the opened file is a regular file inside <paramref name="realRoot"/> of at most <paramref name="maxBytes"/>.</summary>
    /// <exception cref="ImageRefusedException">Why the file was not read.</exception>
    public static byte[] Read(string path, string realRoot, long maxBytes)
    {
        try
        {
            return LinuxFiles.Available && Directory.Exists("/proc/self/fd") ? ReadVerified(path, realRoot, maxBytes) : ReadPortable(path, realRoot, maxBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ImageRefusedException("the file does not exist", ImageRefusedException.MoveInside);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImageRefusedException($"it cannot be read ({e.Message})", ImageRefusedException.MoveInside);
        }
    }

    private static byte[] ReadVerified(string path, string realRoot, long maxBytes)
    {
        using var handle = LinuxFiles.OpenForReading(path);
        var opened = OpenedPath(handle);
        if (opened is null || !RealPath.IsInside(opened, realRoot))
            throw new ImageRefusedException("it links to a file outside the content root", ImageRefusedException.MoveInside);
        var identity = LinuxFiles.Stat(handle, path);
        if (identity.Kind != FileKind.Regular) throw new ImageRefusedException(BoundedFile.RefusalFor(identity.Kind), ImageRefusedException.MoveInside);
        return ReadAll(handle, identity.Length, maxBytes);
    }

    // Without /proc (macOS, Windows): links are refused as the last component and the real path is checked
    // again after reading, which narrows the window a swap needs but cannot close it.
    private static byte[] ReadPortable(string path, string realRoot, long maxBytes)
    {
        var read = BoundedFile.Read(path, maxBytes, followLinks: false);
        if (read.IsTooLarge) throw new ImageRefusedException(TooLarge(read.Length!.Value, maxBytes));
        if (read.Bytes is not { } bytes) throw new ImageRefusedException(read.Refusal ?? "it cannot be read", ImageRefusedException.MoveInside);
        if (RealPath.Resolve(path) is not { } real || !RealPath.IsInside(real, realRoot))
            throw new ImageRefusedException("it links to a file outside the content root", ImageRefusedException.MoveInside);
        return bytes;
    }

    // The kernel's path of the open file; null when it cannot say (or the file was deleted meanwhile).
    private static string? OpenedPath(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var link = new FileInfo("/proc/self/fd/" + handle.DangerousGetHandle().ToInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).LinkTarget;
            return link is null || link.EndsWith(" (deleted)", StringComparison.Ordinal) || !link.StartsWith('/') ? null : link;
        }
        finally
        {
            if (added) handle.DangerousRelease();
        }
    }

    private static byte[] ReadAll(SafeFileHandle handle, long length, long maxBytes)
    {
        if (length > maxBytes) throw new ImageRefusedException(TooLarge(length, maxBytes));
        var bytes = new byte[length];
        var done = 0;
        while (done < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(done), done);
            if (n == 0) throw new ImageRefusedException("it shrank while being read (is another program writing it?)");
            done += n;
        }
        Span<byte> probe = stackalloc byte[1];
        if (RandomAccess.Read(handle, probe, length) > 0) throw new ImageRefusedException("it grew while being read (is another program writing it?)");
        return bytes;
    }

    private static string TooLarge(long length, long maxBytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"it is {length:N0} bytes; images may have at most {maxBytes / (1024 * 1024)} MB");
}
