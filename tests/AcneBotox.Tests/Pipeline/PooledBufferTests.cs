using AcneBotox.Core.Pipeline;

namespace AcneBotox.Tests.Pipeline;

public sealed class PooledBufferTests
{
    [Fact]
    public void Holds_every_byte_written_in_order_as_it_grows_past_its_first_array()
    {
        var expected = new byte[300_000];
        new Random(14).NextBytes(expected);
        using var buffer = new PooledBuffer();
        buffer.WriteByte(expected[0]);
        buffer.Write(expected, 1, 99);
        for (var at = 100; at < expected.Length; at += 70_000)
            buffer.Write(expected.AsSpan(at, Math.Min(70_000, expected.Length - at)));
        Assert.Equal(expected.Length, buffer.Length);
        Assert.Equal(expected.Length, buffer.Position);
        Assert.Equal(expected, buffer.Written.ToArray());
    }

    [Fact]
    public void Is_write_only_front_to_back_and_unusable_once_given_back()
    {
        var buffer = new PooledBuffer();
        buffer.Write([1, 2, 3]);
        Assert.False(buffer.CanRead);
        Assert.False(buffer.CanSeek);
        Assert.Throws<NotSupportedException>(() => buffer.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => buffer.Position = 0);
        buffer.Dispose();
        Assert.False(buffer.CanWrite);
        Assert.Throws<ObjectDisposedException>(() => buffer.Written);
        Assert.Throws<ObjectDisposedException>(() => buffer.Write([4]));
    }
}
