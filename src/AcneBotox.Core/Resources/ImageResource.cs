namespace AcneBotox.Core.Resources;

/// <summary>A checked image: its bytes, type and pixel size.</summary>
/// <param name="Bytes">The file's bytes.</param>
/// <param name="MediaType"><c>image/png</c> or <c>image/jpeg</c>.</param>
/// <param name="PixelWidth">Width in pixels, read from the file header.</param>
/// <param name="PixelHeight">Height in pixels, read from the file header.</param>
public sealed record ImageResource(ReadOnlyMemory<byte> Bytes, string MediaType, int PixelWidth, int PixelHeight);
