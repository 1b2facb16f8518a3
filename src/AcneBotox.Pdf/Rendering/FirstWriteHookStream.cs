namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// A write-only pass-through stream that runs an action once, just before the first byte reaches the inner
/// stream. <see cref="DeterministicOutput"/> uses it to change PDFsharp's object model at the point inside
/// <c>PdfDocument.Save</c> where preparation is finished and writing has not begun.
/// </summary>
internal sealed class FirstWriteHookStream(Stream inner, Action beforeFirstWrite) : Stream
{
    /// <summary>True once the action has run.</summary>
    public bool Fired { get; private set; }

    /// <inheritdoc />
    // Not readable: PDFsharp rewinds a readable, seekable stream after saving, and nothing here needs that.
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => inner.CanSeek;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => inner.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count)
    {
        BeforeWrite();
        inner.Write(buffer, offset, count);
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        BeforeWrite();
        inner.Write(buffer);
    }

    /// <inheritdoc />
    public override void WriteByte(byte value)
    {
        BeforeWrite();
        inner.WriteByte(value);
    }

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    /// <inheritdoc />
    public override void SetLength(long value) => inner.SetLength(value);

    private void BeforeWrite()
    {
        if (Fired) return;
        Fired = true;
        beforeFirstWrite();
    }
}
