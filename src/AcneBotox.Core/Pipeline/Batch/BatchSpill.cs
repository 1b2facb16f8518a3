using System.Globalization;
using AcneBotox.Core.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Keeps what a batch knows of its finished documents in a temporary file instead of memory, so a batch's memory
/// stays flat however many documents it exports: a handout typically has a few dozen findings (several KB of text)
/// and a summary of its outputs, which the run report, the index page, the cache manifest and the exit code need
/// only at the end. The file is unlinked as soon as it is opened (on Windows it goes when the process ends), so
/// even a killed run leaves nothing behind. Writes reserve their own range and never share a file position, so
/// workers append without a lock.
/// </summary>
internal sealed class BatchSpill
{
    private readonly SafeFileHandle? _file;
    private long _end;

    private BatchSpill(SafeFileHandle? file) => _file = file;

    /// <summary>A spill in the system's temporary folder; without one, everything is kept in memory.</summary>
    public static BatchSpill Create()
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture,
            $"acnebotox-spill.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp"));
        try
        {
            var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete,
                FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows()) File.Delete(path);
            return new BatchSpill(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Memory instead: slower to fill up, never wrong.
            return new BatchSpill(null);
        }
    }

    /// <summary>The same diagnostics, now read back from the spill each time they are enumerated.</summary>
    public IReadOnlyList<Diagnostic> Keep(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (diagnostics.Count == 0 || diagnostics is SpilledDiagnostics) return diagnostics;
        var bytes = DiagnosticCodec.Encode(diagnostics);
        // A full temporary folder costs memory, not the document.
        return Write(bytes) is { } offset
            ? new SpilledDiagnostics(this, offset, bytes.Length, diagnostics.Count, diagnostics.CountOf(Severity.Error), diagnostics.CountOf(Severity.Warning))
            : diagnostics;
    }

    /// <summary>
    /// The same cache entry, read back from the spill when asked for, or <c>null</c> when it cannot be spilled (its
    /// diagnostics are held in memory, or the temporary file is full): then the caller keeps the entry itself.
    /// </summary>
    public Func<ManifestEntry>? Keep(ManifestEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (SummaryCodec.Encode(entry) is not { } bytes || Write(bytes) is not { } offset) return null;
        // The length, not the array: a reader holding the encoded bytes kept every entry in memory after all.
        var length = bytes.Length;
        return () => SummaryCodec.DecodeEntry(ReadBytes(offset, length), this);
    }

    /// <summary>Where <paramref name="bytes"/> now are in the spill, or <c>null</c> when they could not be written.</summary>
    public long? Write(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (_file is null) return null;
        var offset = Interlocked.Add(ref _end, bytes.Length) - bytes.Length;
        try
        {
            RandomAccess.Write(_file, bytes, offset);
            return offset;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Reads back the diagnostics written at <paramref name="offset"/>.</summary>
    public IReadOnlyList<Diagnostic> Read(long offset, int length) => DiagnosticCodec.Decode(ReadBytes(offset, length));

    /// <summary>Reads back the <paramref name="length"/> bytes written at <paramref name="offset"/>.</summary>
    public byte[] ReadBytes(long offset, int length)
    {
        var buffer = new byte[length];
        var done = 0;
        while (done < length)
        {
            var read = RandomAccess.Read(_file!, buffer.AsSpan(done), offset + done);
            if (read == 0) throw new IOException("the temporary diagnostics file was cut short");
            done += read;
        }
        return buffer;
    }
}
