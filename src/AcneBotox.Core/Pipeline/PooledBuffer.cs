using System.Buffers;

namespace AcneBotox.Core.Pipeline;

/// <summary>
/// A write-only, in-memory stream whose storage is rented from <see cref="ArrayPool{T}.Shared"/> and given back on
/// <see cref="Stream.Dispose()"/>. A handout is rendered whole before it is written; with a plain
/// <see cref="MemoryStream"/> every HTML handout (150 KB with its fonts) grew through fresh arrays on the large object
/// heap, which only a full collection frees: that churn set a batch's memory and GC time. Rented arrays are reused
/// by the next document.
/// </summary>
internal sealed class PooledBuffer : Stream
{
    private const int InitialSize = 64 * 1024;
    private byte[] _array = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;
    private bool _returned;

    /// <summary>The bytes written so far; valid until the buffer is disposed.</summary>
    public ReadOnlyMemory<byte> Written
    {
        get
        {
            ObjectDisposedException.ThrowIf(_returned, this);
            return _array.AsMemory(0, _length);
        }
    }

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => !_returned;

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException("a rendering buffer is written front to back");
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_returned, this);
        if (buffer.Length > _array.Length - _length) Grow(buffer.Length);
        buffer.CopyTo(_array.AsSpan(_length));
        _length += buffer.Length;
    }

    /// <inheritdoc />
    public override void WriteByte(byte value) => Write([value]);

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("a rendering buffer is write-only");

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("a rendering buffer is written front to back");

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("a rendering buffer is written front to back");

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_returned)
        {
            _returned = true;
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }
        base.Dispose(disposing);
    }

    private void Grow(int more)
    {
        var needed = (long)_length + more;
        if (needed > Array.MaxLength) throw new IOException("a rendered handout is larger than an array can hold");
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(needed, (long)_array.Length * 2)));
        _array.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
