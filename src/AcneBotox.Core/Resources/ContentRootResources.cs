using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Resources;

/// <summary>
/// Loads images only from inside one folder tree (the content root). Absolute paths, <c>..</c>
/// escapes, links that lead outside, URLs and anything but bounded PNG/JPEG are refused with a warning.
/// </summary>
public sealed class ContentRootResources : IResourceResolver
{
    /// <summary>Largest image file accepted.</summary>
    public const long MaxImageBytes = 20 * 1024 * 1024;

    /// <summary>Largest width or height accepted, in pixels.</summary>
    public const int MaxImageDimension = 10_000;

    private readonly string _root;

    /// <summary>Creates a resolver for the folder tree at <paramref name="root"/>.</summary>
    public ContentRootResources(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <inheritdoc />
    public ImageResource? LoadImage(string source, string documentPath, int? line, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ImageResource? Refuse(string why)
        {
            diagnostics.Warn("resource.refused", $"image '{source}' was not included: {why}", documentPath, line,
                "put the image file inside the content folder and refer to it by a relative path");
            return null;
        }

        if (source.Contains("://", StringComparison.Ordinal) || source.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
            || source.StartsWith("//", StringComparison.Ordinal))
            return Refuse("URLs are never fetched");
        if (Path.IsPathRooted(source) || source.Contains('\0', StringComparison.Ordinal))
            return Refuse("absolute paths are not allowed");

        var documentFolder = Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? _root;
        var candidate = Path.GetFullPath(Path.Combine(documentFolder, Uri.UnescapeDataString(source)));
        if (!IsInsideRoot(candidate)) return Refuse("it is outside the content root");
        if (!File.Exists(candidate)) return Refuse("the file does not exist");
        if (ResolveLinks(candidate) is not { } real || !IsInsideRoot(real))
            return Refuse("it links to a file outside the content root");

        var info = new FileInfo(real);
        if (info.Length > MaxImageBytes) return Refuse($"it is larger than {MaxImageBytes / (1024 * 1024)} MB");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(real);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse($"it cannot be read ({e.Message})");
        }
        if (ImageHeader.Read(bytes) is not { } header) return Refuse("only PNG and JPEG images are supported");
        if (header.Width is <= 0 or > MaxImageDimension || header.Height is <= 0 or > MaxImageDimension)
            return Refuse($"its size {header.Width}x{header.Height} px is outside 1..{MaxImageDimension} px");
        return new ImageResource(bytes, header.MediaType, header.Width, header.Height);
    }

    private bool IsInsideRoot(string fullPath) =>
        fullPath.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // Follows every symbolic link on the way, so a link inside the root cannot point outside it.
    private static string? ResolveLinks(string path)
    {
        try
        {
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true);
            var resolved = target?.FullName ?? path;
            var folder = Path.GetDirectoryName(resolved)!;
            var realFolder = new DirectoryInfo(folder);
            var parts = new Stack<string>();
            for (var dir = realFolder; dir is not null; dir = dir.Parent)
            {
                if (dir.LinkTarget is not null)
                {
                    var linked = dir.ResolveLinkTarget(returnFinalTarget: true)!.FullName;
                    return Path.Combine([linked, .. parts, Path.GetFileName(resolved)]);
                }
                parts.Push(dir.Name);
            }
            return resolved;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
