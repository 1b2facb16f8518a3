using System.Globalization;
using AcneBotox.Core.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Keeps the diagnostics of finished documents in a temporary file instead of memory, so a batch's memory stays
/// flat however many documents it exports: a handout typically has a few dozen findings (several KB of text),
/// which the run report, the cache manifest and the exit code need only at the end. The file is unlinked as
/// soon as it is opened (on Windows it goes when the process ends), so even a killed run leaves nothing behind.
/// Writes reserve their own range and never share a file position, so workers append without a lock.
/// </summary>
internal sealed class DiagnosticSpill
{
    private readonly SafeFileHandle? _file;
    private long _end;

    private DiagnosticSpill(SafeFileHandle? file) => _file = file;

    /// <summary>A spill in the system's temporary folder; one that cannot be made keeps diagnostics in memory.</summary>
    public static DiagnosticSpill Create()
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture,
            $"acnebotox-diagnostics.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        try
        {
            var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete,
                FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows()) File.Delete(path);
            return new DiagnosticSpill(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Memory instead: slower to fill up, never wrong.
            return new DiagnosticSpill(null);
        }
    }

    /// <summary>The same diagnostics, now read back from the spill each time they are enumerated.</summary>
    public IReadOnlyList<Diagnostic> Keep(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (_file is null || diagnostics.Count == 0 || diagnostics is SpilledDiagnostics) return diagnostics;
        var bytes = DiagnosticCodec.Encode(diagnostics);
        var offset = Interlocked.Add(ref _end, bytes.Length) - bytes.Length;
        try
        {
            RandomAccess.Write(_file, bytes, offset);
        }
        catch (IOException)
        {
            // A full temporary folder costs memory, not the document.
            return diagnostics;
        }
        return new SpilledDiagnostics(this, offset, bytes.Length, diagnostics.Count);
    }

    /// <summary>Reads back the diagnostics written at <paramref name="offset"/>.</summary>
    public IReadOnlyList<Diagnostic> Read(long offset, int length)
    {
        var buffer = new byte[length];
        var done = 0;
        while (done < length)
        {
            var read = RandomAccess.Read(_file!, buffer.AsSpan(done), offset + done);
            if (read == 0) throw new IOException("the temporary diagnostics file was cut short");
            done += read;
        }
        return DiagnosticCodec.Decode(buffer);
    }
}
