namespace AcneBotox.Core.Resources.Decoding;

/// <summary>Decoded pixels, 8-bit RGBA, row after row.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Pixels">Width x Height x 4 bytes.</param>
internal sealed record RgbaImage(int Width, int Height, byte[] Pixels)
{
    /// <summary>True when some pixel is not fully opaque.</summary>
    public bool HasAlpha
    {
        get
        {
            for (var i = 3; i < Pixels.Length; i += 4)
                if (Pixels[i] != 255) return true;
            return false;
        }
    }
}
