namespace AcneBotox.Core.IO;

/// <summary>
/// The physical path of a file: every symbolic link on the way resolved, component by component,
/// as the kernel would (POSIX <c>realpath</c>). Sandbox checks compare real paths, so a link inside
/// the content root cannot lead outside it.
/// </summary>
public static class RealPath
{
    // Linux gives up after 40 links (ELOOP); so do we.
    private const int MaxLinkHops = 40;

    /// <summary>The real path of <paramref name="path"/>, or <c>null</c> for a link loop or an unreadable link.</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var parts = Split(full, current);
        var hops = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var next = Path.Combine(current, parts[i]);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                return null;
            }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++hops > MaxLinkHops) return null;
            var resolved = Path.GetFullPath(target, current);
            var rest = parts.Skip(i + 1).ToList();
            current = Path.GetPathRoot(resolved)!;
            parts = [.. Split(resolved, current), .. rest];
            i = -1;
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is strictly inside the folder <paramref name="folder"/> (both full paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private static List<string> Split(string full, string root) =>
        [.. full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)];
}
