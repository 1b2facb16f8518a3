namespace AcneBotox.Conformance.Tests.Scripts;

/// <summary>A greyscale image as pdftoppm -gray writes it (binary PGM, P5, 8 bits).</summary>
internal sealed class Pgm(int width, int height, byte[] pixels)
{
    /// <summary>Reads a binary PGM file.</summary>
    public static Pgm Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)bytes[at]) || bytes[at] == '#')
            {
                if (bytes[at] == '#') while (bytes[at] != '\n') at++;
                at++;
            }
            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at])) at++;
            return System.Text.Encoding.ASCII.GetString(bytes, start, at - start);
        }
        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("255", Token());
        at++; // the single whitespace after the header
        return new Pgm(width, height, bytes[at..(at + width * height)]);
    }

    /// <summary>The leftmost and rightmost columns with a dark pixel (below half grey) between rows <paramref name="top"/> and <paramref name="bottom"/>.</summary>
    public (int Left, int Right) InkColumns(int top, int bottom)
    {
        int left = -1, right = -1;
        for (var x = 0; x < width; x++)
        {
            for (var y = Math.Max(0, top); y < Math.Min(height, bottom); y++)
            {
                if (pixels[y * width + x] >= 128) continue;
                if (left < 0) left = x;
                right = x;
                break;
            }
        }
        Assert.True(left >= 0, $"no ink between rows {top} and {bottom}");
        return (left, right);
    }
}
