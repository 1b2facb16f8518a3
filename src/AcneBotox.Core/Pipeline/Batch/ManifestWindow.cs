using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Walks the cache file's JSON through a window of the file rather than the whole of it: the file grows with
/// the batch (about 7 KB a document, 22 MB at 3,000), and a rerun that held it whole, with a parsed copy of every
/// entry, took 133 MB where a fresh run takes 80. The window holds whole pieces: one token of the outer object,
/// or one entry with its value, which the caller parses on its own. It grows only to fit a piece larger than itself.
/// </summary>
internal sealed class ManifestWindow(SafeFileHandle file, long length)
{
    private const int InitialSize = 64 * 1024;

    private byte[] _bytes = new byte[InitialSize];
    private int _start;
    private int _end;
    private long _read;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 16 });

    /// <summary>Whether the whole file has come into the window.</summary>
    private bool AtEnd => _read == length;

    /// <summary>
    /// Runs <paramref name="take"/> on a reader over the window until it returns true (done). It takes as many whole
    /// pieces as the window holds and returns false when the next piece does not fit yet; the window then slides and
    /// fills from the file, and it is called again from where it stopped.
    /// </summary>
    /// <exception cref="JsonException">The file is not valid JSON.</exception>
    /// <exception cref="IOException">The file shrank or could not be read.</exception>
    public void Walk(TakePieces take)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_bytes.AsSpan(_start, _end - _start), AtEnd, _state);
            var done = take(ref reader, AtEnd);
            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            if (done) return;
            if (AtEnd) throw new JsonException("the file ends in the middle of the JSON");
            Fill();
        }
    }

    // Slides what is left to the front, doubles the window when a piece fills it all, and reads on.
    private void Fill()
    {
        var left = _end - _start;
        if (left == _bytes.Length) Array.Resize(ref _bytes, (int)Math.Min((long)_bytes.Length * 2, Math.Max(length, InitialSize)));
        else if (_start > 0) Buffer.BlockCopy(_bytes, _start, _bytes, 0, left);
        (_start, _end) = (0, left);
        var wanted = (int)Math.Min(_bytes.Length - _end, length - _read);
        var got = RandomAccess.Read(file, _bytes.AsSpan(_end, wanted), _read);
        if (got == 0) throw new IOException("it shrank while being read (is another program writing it?)");
        _end += got;
        _read += got;
    }
}

/// <summary>Takes whole pieces from <paramref name="reader"/>; true when the walk is done.</summary>
internal delegate bool TakePieces(ref Utf8JsonReader reader, bool atEnd);
