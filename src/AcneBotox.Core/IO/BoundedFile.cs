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
        var (handle, length, refusal) = Open(path, maxBytes, followLinks);
        if (handle is null) return refusal!;
        using (handle) return ReadOpened(handle, length);
    }

    /// <summary>
    /// The first <paramref name="count"/> bytes of <paramref name="path"/> (fewer when it is shorter) when it is a
    /// regular file of any size, opened with the same guards as <see cref="Read"/>: for a look at what a file is
    /// without holding it whole. I/O errors propagate as for <see cref="Read"/>.
    /// </summary>
    public static BoundedReadResult ReadStart(string path, int count, bool followLinks = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var (handle, length, refusal) = Open(path, long.MaxValue, followLinks);
        if (handle is null) return refusal!;
        using (handle)
        {
            var bytes = new byte[Math.Min(count, length)];
            return FillFrom(handle, bytes) ?? BoundedReadResult.Read(bytes);
        }
    }

    /// <summary>
    /// The lower-case hex SHA-256 of <paramref name="path"/> when it is a regular file of at most <paramref name="maxBytes"/>
    /// bytes, hashed as it streams (never held in memory whole); null when it is refused. I/O errors propagate as for <see cref="Read"/>.
    /// </summary>
    public static string? Sha256(string path, long maxBytes, bool followLinks = true)
    {
        var (handle, _, _) = Open(path, maxBytes, followLinks);
        if (handle is null) return null;
        using (handle)
        using (var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0))
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    /// <summary>Whether a file read to its recorded <paramref name="length"/> goes on (a device, or a file still being written).</summary>
    internal static bool GoesOnPast(SafeFileHandle handle, long length)
    {
        Span<byte> probe = stackalloc byte[1];
        return RandomAccess.Read(handle, probe, length) > 0;
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

    /// <summary>
    /// Opens <paramref name="path"/> with the same guards as <see cref="Read"/>, for a reader that takes it in pieces
    /// instead of holding it whole: the handle of a regular file of at most <paramref name="maxBytes"/> bytes and its
    /// length (the caller reads no further and disposes the handle), or the refusal. I/O errors propagate as for <see cref="Read"/>.
    /// </summary>
    internal static (SafeFileHandle? Handle, long Length, BoundedReadResult? Refusal) Open(string path, long maxBytes, bool followLinks)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LinuxFiles.Available ? OpenChecked(path, maxBytes, followLinks) : OpenGuarded(path, maxBytes, followLinks);
    }

    private static (SafeFileHandle?, long, BoundedReadResult?) Refuse(BoundedReadResult why) => (null, 0, why);

    // Linux: the kind is asked before opening (no pipe or device is ever opened), the open cannot block,
    // and the opened file is asked again, so a swap between the two looks is caught.
    private static (SafeFileHandle?, long, BoundedReadResult?) OpenChecked(string path, long maxBytes, bool followLinks)
    {
        var before = LinuxFiles.Stat(path, followLinks);
        if (before.Kind != FileKind.Regular) return Refuse(BoundedReadResult.Refused(RefusalFor(before.Kind)));
        if (before.Length > maxBytes) return Refuse(BoundedReadResult.TooLarge(before.Length));
        var handle = LinuxFiles.OpenForReading(path);
        var opened = LinuxFiles.Stat(handle, path);
        BoundedReadResult? refusal =
            opened.Kind != FileKind.Regular ? BoundedReadResult.Refused(RefusalFor(opened.Kind))
            : !followLinks && !opened.IsSameFileAs(before) ? BoundedReadResult.Refused("it was replaced while being opened (by a link or another file)")
            : opened.Length > maxBytes ? BoundedReadResult.TooLarge(opened.Length)
            : null;
        if (refusal is null) return (handle, opened.Length, null);
        handle.Dispose();
        return Refuse(refusal);
    }

    // Elsewhere: FileInfo cannot tell a pipe from an empty file, so an open that could block runs on its own thread.
    private static (SafeFileHandle?, long, BoundedReadResult?) OpenGuarded(string path, long maxBytes, bool followLinks)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            if (!followLinks) return Refuse(BoundedReadResult.Refused(RefusalFor(FileKind.SymbolicLink)));
            // A link's own length is that of its target's name: ask the target.
            info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        }
        if (Directory.Exists(info.FullName)) return Refuse(BoundedReadResult.Refused(RefusalFor(FileKind.Folder)));
        SafeFileHandle handle;
        // Pipes, sockets and character devices report size 0, so a non-empty file is an ordinary one and opens at once.
        if (info is { Exists: true, Length: > 0 })
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        else
        {
            // Not a pool thread: a parallel batch keeps every pool thread busy, the pool grows slowly,
            // and ordinary files would then time out as "pipes".
            var open = Task.Factory.StartNew(() => File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            if (!((IAsyncResult)open).AsyncWaitHandle.WaitOne(OpenTimeout))
            {
                open.ContinueWith(t => t.Result.Dispose(), CancellationToken.None,
                    TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                return Refuse(BoundedReadResult.Refused("it is not a regular file (opening it blocks, as a named pipe does)"));
            }
            handle = open.GetAwaiter().GetResult();
        }
        long length;
        try
        {
            // RandomAccess refuses an unseekable handle: a pipe, socket or terminal.
            length = RandomAccess.GetLength(handle);
        }
        catch (NotSupportedException)
        {
            handle.Dispose();
            return Refuse(BoundedReadResult.Refused("it is not a regular file (a pipe, socket or terminal)"));
        }
        if (length <= maxBytes) return (handle, length, null);
        handle.Dispose();
        return Refuse(BoundedReadResult.TooLarge(length));
    }

    private static BoundedReadResult ReadOpened(SafeFileHandle handle, long length)
    {
        var bytes = new byte[length];
        if (FillFrom(handle, bytes) is { } shrank) return shrank;
        // A device reports length 0 and keeps giving bytes; a regular file ends where its length says.
        if (GoesOnPast(handle, length))
            return BoundedReadResult.Refused("it is not a regular file (a device, or a file still being written)");
        return BoundedReadResult.Read(bytes);
    }

    // Fills bytes from the start of the file; a refusal when the file ends first.
    private static BoundedReadResult? FillFrom(SafeFileHandle handle, byte[] bytes)
    {
        var done = 0;
        while (done < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(done), done);
            if (read == 0) return BoundedReadResult.Refused("it shrank while being read (is another program writing it?)");
            done += read;
        }
        return null;
    }
}
