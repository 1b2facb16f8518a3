using System.Text.RegularExpressions;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;

namespace AcneBotox.Core.Resources;

/// <summary>
/// Loads images only from inside one folder tree (the content root). Absolute paths, <c>..</c>
/// escapes, links that lead outside, URLs, devices and pipes, and anything but bounded PNG/JPEG
/// are refused with a warning. A relative source is looked up next to the document first, then
/// from the root itself (so <c>--resource-path</c> works like pandoc's).
/// </summary>
public sealed partial class ContentRootResources : IResourceResolver
{
    /// <summary>Largest image file accepted.</summary>
    public const long MaxImageBytes = 20 * 1024 * 1024;

    /// <summary>Largest width or height accepted, in pixels.</summary>
    public const int MaxImageDimension = 10_000;

    private readonly string _root;
    private readonly string? _realRoot;

    /// <summary>Creates a resolver for the folder tree at <paramref name="root"/>.</summary>
    public ContentRootResources(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _realRoot = RealPath.Resolve(_root);
    }

    /// <inheritdoc />
    public ImageResource? LoadImage(string source, string documentPath, int? line, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ImageResource? Refuse(string why)
        {
            diagnostics.Warn("resource.refused", $"image '{Shorten(source)}' was not included: {why}", documentPath, line,
                "put the image file inside the content folder and refer to it by a relative path");
            return null;
        }

        if (source.Length == 0) return Refuse("the image has no source");
        if (source.StartsWith("//", StringComparison.Ordinal) || UrlScheme().IsMatch(source))
            return Refuse("URLs are never fetched");
        var decoded = Uri.UnescapeDataString(source);
        if (Path.IsPathRooted(source) || Path.IsPathRooted(decoded))
            return Refuse("absolute paths are not allowed");
        if (decoded.Contains('\0', StringComparison.Ordinal)) return Refuse("the path contains a NUL character");

        var documentFolder = Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? _root;
        var candidates = new[] { Path.GetFullPath(Path.Combine(documentFolder, decoded)), Path.GetFullPath(Path.Combine(_root, decoded)) };
        var inside = candidates.Where(c => RealPath.IsInside(c, _root)).ToList();
        if (inside.Count == 0) return Refuse("it is outside the content root");
        if (inside.FirstOrDefault(File.Exists) is not { } candidate) return Refuse("the file does not exist");
        if (_realRoot is null || RealPath.Resolve(candidate) is not { } real || !RealPath.IsInside(real, _realRoot))
            return Refuse("it links to a file outside the content root");

        BoundedReadResult read;
        try
        {
            read = BoundedFile.Read(real, MaxImageBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse($"it cannot be read ({e.Message})");
        }
        if (read.IsTooLarge) return Refuse($"it is larger than {MaxImageBytes / (1024 * 1024)} MB");
        if (read.Bytes is not { } bytes) return Refuse(read.Refusal ?? "it cannot be read");
        if (ImageHeader.Read(bytes) is not { } header) return Refuse("only PNG and JPEG images are supported");
        if (header.Width is <= 0 or > MaxImageDimension || header.Height is <= 0 or > MaxImageDimension)
            return Refuse($"its size {header.Width}x{header.Height} px is outside 1..{MaxImageDimension} px");
        return new ImageResource(bytes, header.MediaType, header.Width, header.Height);
    }

    // A hostile source may be megabytes long; the warning stays one readable line.
    private static string Shorten(string source) =>
        source.Length <= 200 ? source.ReplaceLineEndings(" ") : string.Concat(source.AsSpan(0, 200).ToString().ReplaceLineEndings(" "), "...");

    // Any scheme (http:, file:, data:, javascript:...) is a URL; Windows drive letters are caught as rooted paths first.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]+:")]
    private static partial Regex UrlScheme();
}
