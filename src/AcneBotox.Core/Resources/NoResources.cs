using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Resources;

/// <summary>A resolver that refuses every image (with a warning); for tests and in-memory rendering.</summary>
public sealed class NoResources : IResourceResolver
{
    /// <summary>The shared instance.</summary>
    public static NoResources Instance { get; } = new();

    /// <inheritdoc />
    public ImageResource? LoadImage(string source, string documentPath, int? line, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.Warn("resource.unavailable", $"image '{source}' was not loaded: no content root is set", documentPath, line);
        return null;
    }
}
