namespace AcneBotox.Core.Resources.Decoding;

/// <summary>The size an image is shrunk to so its longer side is at most a given number of pixels.</summary>
internal static class ImageScale
{
    /// <summary>(width, height) no larger than the source, longer side at most <paramref name="maxSide"/>, aspect kept, at least 1x1.</summary>
    public static (int Width, int Height) Fit(int width, int height, int maxSide)
    {
        var longer = Math.Max(width, height);
        if (longer <= maxSide) return (width, height);
        var scale = (double)maxSide / longer;
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }
}
