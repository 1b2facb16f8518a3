using System.Globalization;
using AcneBotox.Core.Resources;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Inline pictures: each image becomes an image part and an inline drawing whose <c>wp:docPr/@descr</c>
/// carries the alt text, scaled from 96 dpi to fit the text column.
/// </summary>
internal sealed class DocxImages(MainDocumentPart main, long maxWidthEmu, long maxHeightEmu)
{
    private uint _nextId = 1;

    // The resolver hands out one resource per file, so an image used several times is stored once.
    private readonly Dictionary<ImageResource, string> _parts = new(ReferenceEqualityComparer.Instance);

    /// <summary>The drawing for an image; adds its part to the package the first time the image is used.</summary>
    public W.Drawing Add(ImageResource image, string altText)
    {
        var id = _nextId++;
        if (!_parts.TryGetValue(image, out var relationshipId))
        {
            relationshipId = "rIdImage" + id.ToString(CultureInfo.InvariantCulture);
            var partType = image.MediaType == "image/png" ? ImagePartType.Png : ImagePartType.Jpeg;
            var part = main.AddImagePart(partType, relationshipId);
            using (var data = new MemoryStream(image.Bytes.ToArray(), writable: false)) part.FeedData(data);
            _parts.Add(image, relationshipId);
        }

        var (cx, cy) = Fit(image.PixelWidth, image.PixelHeight);
        var name = "Picture " + id.ToString(CultureInfo.InvariantCulture);
        return new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = altText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0, Name = name, Description = altText },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
    }

    private (long Cx, long Cy) Fit(int pixelWidth, int pixelHeight)
    {
        var cx = Math.Max(1, pixelWidth) * DocxUnits.EmuPerPixel;
        var cy = Math.Max(1, pixelHeight) * DocxUnits.EmuPerPixel;
        var scale = Math.Min(1.0, Math.Min((double)maxWidthEmu / cx, (double)maxHeightEmu / cy));
        return (Math.Max(1, (long)(cx * scale)), Math.Max(1, (long)(cy * scale)));
    }
}
