namespace AcneBotox.Core.Resources.Decoding;

/// <summary>
/// Shrinks an image while its rows stream past: each target pixel is the alpha-weighted mean of (at most
/// two by two of) the source pixels that fall in it. Memory is the target image plus one row of sums,
/// whatever the source size, so a huge image costs no more memory than its printed size needs; sampling at
/// most two rows and columns per target pixel keeps the time of a large reduction close to that of inflating it.
/// </summary>
internal sealed class BoxScaler
{
    private readonly int _sourceHeight;
    private readonly int _width;
    private readonly int _height;
    private const int SamplesPerSide = 2;

    private readonly int[] _sourceX;
    private readonly int[] _targetX;
    private readonly long[] _sums;
    private readonly byte[] _target;
    private int _row = -1;

    public BoxScaler(int sourceWidth, int sourceHeight, int width, int height)
    {
        _sourceHeight = sourceHeight;
        _width = width;
        _height = height;
        var sampled = Enumerable.Range(0, sourceWidth).Where(x => IsSampled(x, sourceWidth, width)).ToArray();
        _sourceX = sampled;
        _targetX = [.. sampled.Select(x => (int)((long)x * width / sourceWidth))];
        _sums = new long[width * 5];
        _target = new byte[(long)width * height * 4 <= Array.MaxLength ? width * height * 4 : throw new ImageRefusedException("it is too large to scale")];
    }

    /// <summary>True when source row <paramref name="y"/> contributes (the caller may skip converting the others).</summary>
    public bool Wants(int y) => IsSampled(y, _sourceHeight, _height);

    /// <summary>Adds source row <paramref name="y"/> (rows in order; rows not <see cref="Wants"/>ed are ignored), as 8-bit RGBA.</summary>
    public void AddRow(ReadOnlySpan<byte> rgba, int y)
    {
        if (!Wants(y)) return;
        var row = (int)((long)y * _height / _sourceHeight);
        if (row != _row)
        {
            Flush();
            _row = row;
        }
        for (var i = 0; i < _sourceX.Length; i++)
        {
            var s = _targetX[i] * 5;
            var o = _sourceX[i] * 4;
            long a = rgba[o + 3];
            _sums[s] += rgba[o] * a;
            _sums[s + 1] += rgba[o + 1] * a;
            _sums[s + 2] += rgba[o + 2] * a;
            _sums[s + 3] += a;
            _sums[s + 4]++;
        }
    }

    /// <summary>The scaled image; call once, after the last row.</summary>
    public RgbaImage Finish()
    {
        Flush();
        return new RgbaImage(_width, _height, _target);
    }

    // The first two source positions of each target position are used.
    private static bool IsSampled(int source, int sourceLength, int targetLength)
    {
        var target = (long)source * targetLength / sourceLength;
        var first = (target * sourceLength + targetLength - 1) / targetLength;
        return source - first < SamplesPerSide;
    }

    private void Flush()
    {
        if (_row < 0) return;
        var line = _target.AsSpan(_row * _width * 4, _width * 4);
        for (var x = 0; x < _width; x++)
        {
            var s = x * 5;
            var count = _sums[s + 4];
            var alpha = _sums[s + 3];
            if (count > 0 && alpha > 0)
            {
                line[x * 4] = (byte)(_sums[s] / alpha);
                line[x * 4 + 1] = (byte)(_sums[s + 1] / alpha);
                line[x * 4 + 2] = (byte)(_sums[s + 2] / alpha);
                line[x * 4 + 3] = (byte)(alpha / count);
            }
        }
        Array.Clear(_sums);
    }
}
