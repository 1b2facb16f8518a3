namespace AcneBotox.Core.Resources;

/// <summary>How much one image, and all images of one document, may cost to read and decode.</summary>
public sealed record ImageLimits
{
    /// <summary>The defaults: 20 MB and 10,000 px a side per image, 250 megapixels decoded and 100 MB read per document.</summary>
    public static ImageLimits Default { get; } = new();

    /// <summary>Largest image file accepted.</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Largest width or height accepted, in pixels.</summary>
    public int MaxDimension { get; init; } = 10_000;

    /// <summary>Largest interlaced PNG, in pixels (it is decoded whole before it is shrunk: 4 bytes a pixel).</summary>
    public long MaxInterlacedPixels { get; init; } = 16_000_000;

    /// <summary>The longer side of the PDF rendition of a PNG, in pixels (about 300 dpi across the text column).</summary>
    public int PrintMaxSide { get; init; } = 2_000;

    /// <summary>Pixels decoded for one document in all, over all its distinct images.</summary>
    public long MaxDocumentPixels { get; init; } = 250_000_000;

    /// <summary>Bytes of image files held for one document in all (each distinct file counts once).</summary>
    public long MaxDocumentBytes { get; init; } = 100 * 1024 * 1024;
}
