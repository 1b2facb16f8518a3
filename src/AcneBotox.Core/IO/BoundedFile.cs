using Microsoft.Win32.SafeHandles;

namespace AcneBotox.Core.IO;

/// <summary>
/// The one way we read a whole file (inputs, settings, the cache; images may use it too): only an ordinary
/// file, only up to a size limit checked before reading. A named pipe would block the open forever, a device
/// such as <c>/dev/zero</c> reports length 0 and never ends, and a huge file would exhaust memory; each of
/// these becomes a refusal with a reason, decided from the file's kind before it is opened, never a hang.
/// </summary>
public static class BoundedFile
{
    /// <summary>How long an open may block before the file is taken for a pipe (only where the kind cannot be asked first).</summary>
    public static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Reads <paramref name="path"/> when it is a regular file of at most <paramref name="maxBytes"/> bytes.
    /// I/O errors (missing file, no permission) propagate as <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="followLinks">False to refuse a symbolic link as the last component, and a file swapped between the check and the open.</param>
    public static BoundedReadResult Read(string path, long maxBytes, bool followLinks = true)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LinuxFiles.Available ? ReadChecked(path, maxBytes, followLinks) : ReadGuarded(path, maxBytes, followLinks);
    }

    /// <summary>
    /// What <paramref name="path"/> names, without opening it (links followed unless <paramref name="followLinks"/>
    /// is false); <see cref="FileKind.Unknown"/> where the system cannot say. Throws like <see cref="Read"/> on I/O errors.
    /// </summary>
    public static FileKind KindOf(string path, bool followLinks = true) =>
        LinuxFiles.Available ? LinuxFiles.Stat(path, followLinks).Kind : FileKind.Unknown;

    /// <summary>Why a file of <paramref name="kind"/> is not read, for "... was not read: {reason}" messages.</summary>
    public static string RefusalFor(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => "it is not a regular file but a named pipe",
        FileKind.CharacterDevice or FileKind.BlockDevice => "it is not a regular file but a device",
        FileKind.Folder => "it is not a regular file but a folder",
        FileKind.Socket => "it is not a regular file but a socket",
        FileKind.SymbolicLink => "it is not a regular file but a symbolic link",
        _ => "it is not a regular file",
    };

    // Linux: the kind is asked before opening (no pipe or device is ever opened), the open cannot block,
    // and the opened file is asked again, so a swap between the two looks is caught.
    private static BoundedReadResult ReadChecked(string path, long maxBytes, bool followLinks)
    {
        var before = LinuxFiles.Stat(path, followLinks);
        if (before.Kind != FileKind.Regular) return BoundedReadResult.Refused(RefusalFor(before.Kind));
        if (before.Length > maxBytes) return BoundedReadResult.TooLarge(before.Length);
        using var handle = LinuxFiles.OpenForReading(path);
        var opened = LinuxFiles.Stat(handle, path);
        if (opened.Kind != FileKind.Regular) return BoundedReadResult.Refused(RefusalFor(opened.Kind));
        if (!followLinks && !opened.IsSameFileAs(before))
            return BoundedReadResult.Refused("it was replaced while being opened (by a link or another file)");
        return ReadOpened(handle, opened.Length, maxBytes);
    }

    // Elsewhere: FileInfo cannot tell a pipe from an empty file, so an open that could block runs on its own thread.
    private static BoundedReadResult ReadGuarded(string path, long maxBytes, bool followLinks)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            if (!followLinks) return BoundedReadResult.Refused(RefusalFor(FileKind.SymbolicLink));
            // A link's own length is that of its target's name: ask the target.
            info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        }
        if (Directory.Exists(info.FullName)) return BoundedReadResult.Refused(RefusalFor(FileKind.Folder));
        // Pipes, sockets and character devices report size 0, so a non-empty file is an ordinary one and opens at once.
        if (info is { Exists: true, Length: > 0 })
        {
            using var direct = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return ReadOpened(direct, RandomAccess.GetLength(direct), maxBytes);
        }

        // Not a pool thread: a parallel batch keeps every pool thread busy, the pool grows slowly,
        // and ordinary files would then time out as "pipes".
        var open = Task.Factory.StartNew(() => File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!((IAsyncResult)open).AsyncWaitHandle.WaitOne(OpenTimeout))
        {
            open.ContinueWith(t => t.Result.Dispose(), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            return BoundedReadResult.Refused("it is not a regular file (opening it blocks, as a named pipe does)");
        }
        using var handle = open.GetAwaiter().GetResult();
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        if (!stream.CanSeek) return BoundedReadResult.Refused("it is not a regular file (a pipe, socket or terminal)");
        return ReadOpened(handle, stream.Length, maxBytes);
    }

    private static BoundedReadResult ReadOpened(SafeFileHandle handle, long length, long maxBytes)
    {
        if (length > maxBytes) return BoundedReadResult.TooLarge(length);
        var bytes = new byte[length];
        var done = 0;
        while (done < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(done), done);
            if (read == 0) return BoundedReadResult.Refused("it shrank while being read (is another program writing it?)");
            done += read;
        }
        // A device reports length 0 and keeps giving bytes; a regular file ends where its length says.
        Span<byte> probe = stackalloc byte[1];
        if (RandomAccess.Read(handle, probe, length) > 0)
            return BoundedReadResult.Refused("it is not a regular file (a device, or a file still being written)");
        return BoundedReadResult.Read(bytes);
    }
}
