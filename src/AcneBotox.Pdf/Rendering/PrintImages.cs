using AcneBotox.Core.Resources;
using PdfSharp.Drawing;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// One PDFsharp image per image resource of a document: an image used several times is imported (decoded
/// and hashed by PDFsharp) once, not once per use. The images hold managed memory only (PDFsharp's Core
/// build), so they go with the renderer that owns this cache.
/// </summary>
internal sealed class PrintImages
{
    private readonly Dictionary<ImageResource, XImage> _images = new(ReferenceEqualityComparer.Instance);

    /// <summary>The PDFsharp image for <paramref name="resource"/>, made from its print rendition on first use.</summary>
    public XImage For(ImageResource resource)
    {
        if (!_images.TryGetValue(resource, out var image))
        {
            // PDFsharp keeps reading the stream while the image lives; a MemoryStream needs no disposing.
            image = XImage.FromStream(new MemoryStream(resource.BytesForPrint.ToArray(), writable: false));
            _images.Add(resource, image);
        }
        return image;
    }
}
