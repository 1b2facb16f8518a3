namespace AcneBotox.Core.Resources;

/// <summary>Gives writers the bytes of images a document refers to, from inside the content root only.</summary>
public interface IResourceResolver
{
    /// <summary>
    /// Loads an image. Returns <c>null</c>, after adding a warning that says why, when the source is
    /// outside the content root, a URL, missing, not PNG/JPEG or too large. Never touches the network.
    /// </summary>
    /// <param name="source">The image source as written in the document.</param>
    /// <param name="documentPath">The document that refers to it (relative sources resolve from its folder).</param>
    /// <param name="line">The line of the reference, for the warning.</param>
    /// <param name="diagnostics">Receives the warning when the image is refused.</param>
    ImageResource? LoadImage(string source, string documentPath, int? line, Diagnostics.DiagnosticBag diagnostics);
}
