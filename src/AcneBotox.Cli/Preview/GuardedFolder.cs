using AcneBotox.Core.IO;

namespace AcneBotox.Cli.Preview;

/// <summary>
/// Serves files from one folder and nothing outside it: a request path is taken apart segment by segment, and a
/// segment that is empty, <c>.</c>, <c>..</c>, hidden or holds a separator (<c>..%2F</c> arrives decoded) is refused
/// before any file is touched; the file's real path (every link resolved, as the images sandbox does) must still lie
/// inside the folder's real path; and it is read as an ordinary, bounded file, so a pipe or device is refused too.
/// </summary>
internal sealed class GuardedFolder
{
    /// <summary>The largest file served; a handout or an article is far smaller.</summary>
    public const long MaxServedBytes = 64L * 1024 * 1024;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".md"] = "text/plain; charset=utf-8",
        [".markdown"] = "text/plain; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".yml"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    private readonly string _root;
    private readonly string? _realRoot;

    /// <summary>Serves <paramref name="root"/>.</summary>
    public GuardedFolder(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _realRoot = RealPath.Resolve(_root);
    }

    /// <summary>The file at <paramref name="relativePath"/> (the request path after the route's prefix, as the server decoded it).</summary>
    public ServedFile Get(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var segments = relativePath.Split('/');
        foreach (var raw in segments)
        {
            // Decoded once more: a client may send ..%2F, which the server leaves encoded inside a segment.
            var segment = Uri.UnescapeDataString(raw);
            if (segment.Length == 0 || segment is "." or ".." || segment.StartsWith('.')
                || segment.IndexOfAny(['/', '\\', '\0', ':']) >= 0)
                return ServedFile.Refused("the path leaves the folder or names a hidden file");
        }
        var full = Path.GetFullPath(Path.Combine([_root, .. segments.Select(Uri.UnescapeDataString)]));
        if (!RealPath.IsInside(full, _root)) return ServedFile.Refused("the path leaves the folder");
        if (!ContentTypes.TryGetValue(Path.GetExtension(full), out var contentType))
            return ServedFile.NotFound("not a kind of file the preview serves");
        if (!File.Exists(full)) return ServedFile.NotFound("no such file");
        var real = RealPath.Resolve(full);
        if (real is null || _realRoot is null || !RealPath.IsInside(real, _realRoot))
            return ServedFile.Refused("the file is a link leading outside the folder");
        // The resolved path is opened without following links, so a file swapped for a link after the check is not read.
        var read = BoundedFile.Read(real, MaxServedBytes, followLinks: false);
        return read.Bytes is { } bytes ? ServedFile.Found(bytes, contentType) : ServedFile.Refused(read.Refusal ?? "not an ordinary file");
    }
}
