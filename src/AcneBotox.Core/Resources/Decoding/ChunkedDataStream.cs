namespace AcneBotox.Core.Resources.Decoding;

/// <summary>Reads several ranges of one byte buffer as one stream (the IDAT chunks of a PNG), without copying them.</summary>
internal sealed class ChunkedDataStream(ReadOnlyMemory<byte> bytes, IReadOnlyList<Range> ranges) : Stream
{
    private int _range;
    private int _offset;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        while (_range < ranges.Count)
        {
            var chunk = bytes.Span[ranges[_range]];
            if (_offset < chunk.Length)
            {
                var n = Math.Min(buffer.Length, chunk.Length - _offset);
                chunk.Slice(_offset, n).CopyTo(buffer);
                _offset += n;
                return n;
            }
            _range++;
            _offset = 0;
        }
        return 0;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
