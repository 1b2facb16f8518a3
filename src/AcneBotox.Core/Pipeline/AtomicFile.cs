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
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // The process id in the name lets a later run tell a dead run's leftovers from a live run's work
        // (two shards may share an output folder).
        var temp = Path.Combine(folder,
            $"{TempPrefix}{Path.GetFileName(path)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Deletes temporary files a killed run left in <paramref name="folder"/>; those of running processes stay.</summary>
    public static int CleanStaleTemporaries(string folder)
    {
        if (!Directory.Exists(folder)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, TempPrefix + "*.tmp", SearchOption.AllDirectories))
        {
            if (!WriterIsAlive(file) && TryDelete(file)) removed++;
        }
        return removed;
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
