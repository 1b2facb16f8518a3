using System.Text.RegularExpressions;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;
using AcneBotox.Core.Resources.Decoding;

namespace AcneBotox.Core.Resources;

/// <summary>
/// Loads images only from inside one folder tree (the content root). Absolute paths, <c>..</c>
/// escapes, links that lead outside, URLs, devices and pipes, and anything but bounded PNG/JPEG
/// are refused with a warning. A relative source is looked up next to the document first, then
/// from the root itself (so <c>--resource-path</c> works like pandoc's).
/// </summary>
/// <remarks>
/// One instance serves one document: each distinct file is read once (from an opened handle whose real
/// location is verified, see <see cref="ImageFileReader"/>), checked and decoded from those bytes, and every
/// writer gets that same result, so the formats cannot disagree and a file swapped during the run is never
/// read again. Per-image and per-document limits (<see cref="ImageLimits"/>) bound the memory and time
/// images may take; a damaged, truncated or unsupported image is a warning and the document still exports.
/// </remarks>
public sealed partial class ContentRootResources : IResourceResolver
{
    /// <summary>Largest image file accepted.</summary>
    public const long MaxImageBytes = 20 * 1024 * 1024;

    /// <summary>Largest width or height accepted, in pixels.</summary>
    public const int MaxImageDimension = 10_000;

    private const string TooMuch = "make the images smaller (a printed handout needs about 2,000 px on the longer side) or use fewer of them";

    private readonly string _root;
    private readonly string? _realRoot;
    private readonly ImageLimits _limits;
    private readonly Severity _refusalSeverity;
    private readonly Dictionary<string, (ImageResource? Image, ImageRefusedException? Refusal)> _loaded = new(StringComparer.Ordinal);
    private long _documentPixels;
    private long _documentBytes;

    /// <summary>Creates a resolver for the folder tree at <paramref name="root"/>.</summary>
    /// <param name="root">The folder images may come from.</param>
    /// <param name="limits">Per-image and per-document limits; the defaults when null.</param>
    /// <param name="refusalSeverity">What an image left out is: a warning (the default here), or an error that fails the
    /// document (the export's default, <see cref="Settings.HandoutSettings.MissingImages"/>).</param>
    public ContentRootResources(string root, ImageLimits? limits = null, Severity refusalSeverity = Severity.Warning)
    {
        _refusalSeverity = refusalSeverity;
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _realRoot = RealPath.Resolve(_root);
        _limits = limits ?? ImageLimits.Default;
    }

    /// <inheritdoc />
    public ImageResource? LoadImage(string source, string documentPath, int? line, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ImageResource? Refuse(string why, string suggestion = ImageRefusedException.MoveInside)
        {
            diagnostics.Add(new Diagnostic(_refusalSeverity, "resource.refused", $"image '{Shorten(source)}' was not included: {why}", documentPath, line,
                _refusalSeverity == Severity.Error ? $"{suggestion}; or set 'images: {{missing: warning}}' in handout.yml to export without it" : suggestion));
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

        // Keyed by where the source may lead, decided without the file system: once a file has been read for
        // this document, every writer gets the same result, even if the file changes or vanishes meanwhile.
        var key = string.Join('\0', inside);
        if (!_loaded.TryGetValue(key, out var loaded))
        {
            loaded = inside.FirstOrDefault(Path.Exists) is { } candidate
                ? Load(candidate)
                : (null, new ImageRefusedException("the file does not exist", ImageRefusedException.MoveInside));
            _loaded[key] = loaded;
        }
        return loaded.Image ?? Refuse(loaded.Refusal!.Message, loaded.Refusal.Suggestion);
    }

    private (ImageResource?, ImageRefusedException?) Load(string candidate)
    {
        try
        {
            // A first look at the real path gives the clear message for a link that leads out; the opened
            // handle is checked again, since the path may change before the open.
            if (_realRoot is null || RealPath.Resolve(candidate) is not { } real || !RealPath.IsInside(real, _realRoot))
                throw new ImageRefusedException("it links to a file outside the content root", ImageRefusedException.MoveInside);
            var bytes = ImageFileReader.Read(candidate, _realRoot, _limits.MaxFileBytes);
            if (_documentBytes + bytes.Length > _limits.MaxDocumentBytes)
                throw new ImageRefusedException($"the document's images would hold more than {_limits.MaxDocumentBytes / (1024 * 1024)} MB in all", TooMuch);
            var image = Check(bytes);
            _documentBytes += bytes.Length;
            return (image, null);
        }
        catch (ImageRefusedException e)
        {
            return (null, e);
        }
        catch (OutOfMemoryException)
        {
            return (null, new ImageRefusedException("it needs more memory to decode than is available", TooMuch));
        }
    }

    // Decides from the bytes alone (never the name) what the image is, and makes its PDF rendition.
    private ImageResource Check(byte[] bytes)
    {
        if (PngFile.HasSignature(bytes))
        {
            var header = PngFile.Parse(bytes).Header;
            CheckSize(header.Width, header.Height);
            var pixels = (long)header.Width * header.Height;
            if (_documentPixels + pixels > _limits.MaxDocumentPixels)
                throw new ImageRefusedException($"the document's images would need more than {_limits.MaxDocumentPixels / 1_000_000} megapixels decoded in all", TooMuch);
            _documentPixels += pixels;
            var print = PngEncoder.Encode(PngDecoder.Decode(bytes, _limits.PrintMaxSide, _limits.MaxInterlacedPixels));
            return new ImageResource(bytes, "image/png", header.Width, header.Height) { PrintBytes = print };
        }
        if (JpegFile.HasSignature(bytes))
        {
            var jpeg = JpegFile.Parse(bytes);
            CheckSize(jpeg.Width, jpeg.Height);
            return new ImageResource(bytes, "image/jpeg", jpeg.Width, jpeg.Height) { PrintBytes = JpegForPdf.Prepare(bytes) };
        }
        throw new ImageRefusedException("only PNG and JPEG images are supported");
    }

    private void CheckSize(int width, int height)
    {
        if (width > _limits.MaxDimension || height > _limits.MaxDimension)
            throw new ImageRefusedException($"its size {width}x{height} px is outside 1..{_limits.MaxDimension} px", TooMuch);
    }

    // A hostile source may be megabytes long; the warning stays one readable line.
    private static string Shorten(string source) =>
        source.Length <= 200 ? source.ReplaceLineEndings(" ") : string.Concat(source.AsSpan(0, 200).ToString().ReplaceLineEndings(" "), "...");

    // Any scheme (http:, file:, data:, javascript:...) is a URL; Windows drive letters are caught as rooted paths first.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]+:")]
    private static partial Regex UrlScheme();
}
