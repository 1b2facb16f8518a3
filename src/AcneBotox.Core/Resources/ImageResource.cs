namespace AcneBotox.Core.Resources;

/// <summary>A checked image: its bytes, type and pixel size.</summary>
/// <param name="Bytes">The file's bytes, as read once (HTML and DOCX embed them as they are).</param>
/// <param name="MediaType"><c>image/png</c> or <c>image/jpeg</c>.</param>
/// <param name="PixelWidth">Width in pixels, read from the file header.</param>
/// <param name="PixelHeight">Height in pixels, read from the file header.</param>
public sealed record ImageResource(ReadOnlyMemory<byte> Bytes, string MediaType, int PixelWidth, int PixelHeight)
{
    /// <summary>
    /// The bytes a PDF embeds, made from <see cref="Bytes"/>: a PNG decoded and written again as 8-bit RGB or
    /// RGBA no larger than print needs, a JPEG as it is (with a header PDFsharp recognizes). Empty means
    /// "use <see cref="Bytes"/>" (for resolvers that only serve images PDFsharp reads directly).
    /// </summary>
    public ReadOnlyMemory<byte> PrintBytes { get; init; }

    /// <summary>The bytes for a PDF: <see cref="PrintBytes"/> when there are any, else <see cref="Bytes"/>.</summary>
    public ReadOnlyMemory<byte> BytesForPrint => PrintBytes.IsEmpty ? Bytes : PrintBytes;
}
