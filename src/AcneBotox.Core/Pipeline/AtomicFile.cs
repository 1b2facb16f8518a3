using System.Diagnostics;
using System.Globalization;

namespace AcneBotox.Core.Pipeline;

/// <summary>
/// Writes a file so that readers only ever see the old file or the complete new one: the bytes go to
/// a temporary file in the same folder (<c>.acnebotox-name.PID.GUID.tmp</c>), are flushed, then renamed into place.
/// </summary>
public static class AtomicFile
{
    /// <summary>The prefix every temporary file starts with, so a later run can clean up after a killed one.</summary>
    public const string TempPrefix = ".acnebotox-";

    /// <summary>Writes <paramref name="path"/> by calling <paramref name="write"/> on a temporary file, then renaming it.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="flush">
    /// <see cref="FlushMode.Now"/> syncs the file to disk before the rename. <see cref="FlushMode.Deferred"/> leaves
    /// that to one <see cref="IO.FileSystemSync.Sync"/> of the folder later (the batch does it before the cache
    /// manifest names the file); where that call is not available the file is synced now all the same.
    /// </param>
    public static void Write(string path, Action<Stream> write, FlushMode flush = FlushMode.Now)
    {
        ArgumentNullException.ThrowIfNull(write);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // The process id in the name lets a later run tell a dead run's leftovers from a live run's work
        // (two shards may share an output folder).
        var temp = Path.Combine(folder,
            $"{TempPrefix}{Shortened(Path.GetFileName(path))}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: flush == FlushMode.Now || !IO.FileSystemSync.Available);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Deletes temporary files a killed run left in <paramref name="folder"/>; those of running processes stay.
    /// Only the folder itself is searched (temporary files are made next to their target, never below it),
    /// links are never followed and only regular files are deleted: a link to <c>/</c> or an unreadable
    /// sub-folder in the output folder changes nothing.
    /// </summary>
    public static int CleanStaleTemporaries(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Directory,
            MatchCasing = MatchCasing.CaseSensitive,
        };
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, TempPrefix + "*.tmp", options))
            {
                if (IsRegularFile(file) && !WriterIsAlive(file) && TryDelete(file)) removed++;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Cleanup is a courtesy: an unreadable output folder fails later, where writing needs it.
        }
        return removed;
    }

    // Names are limited to 255 bytes; the temporary name adds about 50 to the target's, so a long name is cut.
    private static string Shortened(string name)
    {
        const int MaxBytes = 150;
        if (System.Text.Encoding.UTF8.GetByteCount(name) <= MaxBytes) return name;
        var length = 0;
        var bytes = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > MaxBytes) break;
            bytes += rune.Utf8SequenceLength;
            length += rune.Utf16SequenceLength;
        }
        return name[..length];
    }

    private static bool IsRegularFile(string path)
    {
        try
        {
            return IO.BoundedFile.KindOf(path, followLinks: false) is IO.FileKind.Regular or IO.FileKind.Unknown;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool WriterIsAlive(string temp)
    {
        // .acnebotox-<name>.<pid>.<guid>.tmp: the pid is the third part from the end.
        var parts = Path.GetFileName(temp).Split('.');
        if (parts.Length < 4 || !int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            return false;
        try
        {
            // A live process with that id only owns the file if it started before the file was written:
            // ids are reused (in a container every run may be pid 1).
            using var process = Process.GetProcessById(pid);
            return !process.HasExited
                && File.GetLastWriteTimeUtc(temp) >= process.StartTime.ToUniversalTime().AddSeconds(-1);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
