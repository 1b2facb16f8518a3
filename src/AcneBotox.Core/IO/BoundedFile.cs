using Microsoft.Win32.SafeHandles;

namespace AcneBotox.Core.IO;

/// <summary>
/// Reads a whole file only when it is an ordinary file of bounded size. A named pipe would block
/// the open forever, a device such as <c>/dev/zero</c> reports length 0 and never ends, and a huge
/// file would exhaust memory; each of these becomes a refusal with a reason instead of a hang.
/// </summary>
public static class BoundedFile
{
    /// <summary>How long an open may block before the file is taken for a pipe.</summary>
    public static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Reads <paramref name="path"/> when it is a regular file of at most <paramref name="maxBytes"/> bytes.
    /// I/O errors (missing file, no permission) propagate as <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    public static BoundedReadResult Read(string path, long maxBytes)
    {
        // Pipes, sockets and character devices report size 0, so a non-empty file is an ordinary one and
        // opens at once: the guarded open below (a thread per file) is kept for what could block.
        if (new FileInfo(path) is { Exists: true, Length: > 0 })
            return ReadOpened(File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read), maxBytes);

        // The open runs on its own thread: opening a FIFO blocks until a writer appears, possibly never.
        // Not a pool thread: a parallel batch keeps every pool thread busy waiting here, the pool grows
        // slowly, and ordinary files would then time out as "pipes".
        var open = Task.Factory.StartNew(() => File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!((IAsyncResult)open).AsyncWaitHandle.WaitOne(OpenTimeout))
        {
            open.ContinueWith(t => t.Result.Dispose(), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            return BoundedReadResult.Refused("it is not a regular file (opening it blocks, as a named pipe does)");
        }
        return ReadOpened(open.GetAwaiter().GetResult(), maxBytes);
    }

    private static BoundedReadResult ReadOpened(SafeFileHandle opened, long maxBytes)
    {
        using SafeFileHandle handle = opened;
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        if (!stream.CanSeek) return BoundedReadResult.Refused("it is not a regular file (a pipe, socket or terminal)");
        var length = stream.Length;
        if (length > maxBytes) return BoundedReadResult.TooLarge(length);
        var bytes = new byte[length];
        stream.ReadExactly(bytes);
        // A device reports length 0 and keeps giving bytes; a regular file ends where its length says.
        Span<byte> probe = stackalloc byte[1];
        if (stream.Read(probe) > 0) return BoundedReadResult.Refused("it is not a regular file (a device, or a file still being written)");
        return BoundedReadResult.Read(bytes);
    }
}
