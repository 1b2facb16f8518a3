using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;
using AcneBotox.Core.Readers;

namespace AcneBotox.Cli;

/// <summary>Turns INPUT arguments (files or folders) into the sorted list of files to export.</summary>
internal static class InputDiscovery
{
    /// <summary>The default input folder.</summary>
    public const string DefaultContentFolder = "content";

    /// <summary>Expands folders recursively to the files some reader accepts; sorted for a stable order.</summary>
    /// <returns>The files, and the folder whose handout.yml applies (the first folder given, or the first file's folder).</returns>
    /// <param name="inputs">The INPUT arguments.</param>
    /// <param name="readers">Decides which extensions count.</param>
    /// <param name="diagnostics">Receives a warning for each symbolic link not followed.</param>
    public static (IReadOnlyList<string> Files, string ContentFolder) Find(IReadOnlyList<string> inputs, ReaderRegistry readers,
        DiagnosticBag? diagnostics = null)
    {
        if (inputs.Count == 0) inputs = [DefaultContentFolder];
        var extensions = readers.Extensions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        // The same file named twice (export content content/a.txt) is exported once.
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        string? contentFolder = null;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                contentFolder ??= input;
                var found = new List<string>();
                Walk(input, RealPath.Resolve(input) ?? Path.GetFullPath(input), extensions, found, diagnostics);
                files.AddRange(found.Order(StringComparer.Ordinal).Where(f => seen.Add(Path.GetFullPath(f))));
            }
            else if (File.Exists(input))
            {
                contentFolder ??= Path.GetDirectoryName(input) is { Length: > 0 } folder ? folder : ".";
                if (seen.Add(Path.GetFullPath(input))) files.Add(input);
            }
            else
            {
                throw new UsageException(input.Contains('\uFFFD', StringComparison.Ordinal)
                    ? $"{ConsoleText.Path(input)}: error: the name is not valid UTF-8, so it cannot be opened (rename the file or folder with UTF-8 characters)"
                    : $"{ConsoleText.Path(input)}: error: no such file or folder");
            }
        }
        if (files.Count == 0)
            throw new UsageException($"error: no inputs found in {string.Join(", ", inputs)} (looked for {string.Join(", ", extensions)})");
        return (files, contentFolder ?? DefaultContentFolder);
    }

    // Like a recursive directory listing, but a symbolic link is taken only when it is a file that
    // really lives inside the folder: a linked folder could lead outside the content root or loop.
    private static void Walk(string folder, string realRoot, HashSet<string> extensions, List<string> found, DiagnosticBag? diagnostics)
    {
        // An unreadable sub-folder is skipped with a warning; the rest of the content folder is still exported.
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos()];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            diagnostics?.Warn("input.folder-unreadable", $"skipped: the folder cannot be read ({e.Message})", folder,
                suggestion: "give it read permission, or move the articles out of it");
            return;
        }
        foreach (var entry in entries)
        {
            var path = Path.Combine(folder, entry.Name);
            var isFolder = entry is DirectoryInfo;
            if (!isFolder && (entry.Name.StartsWith('.') || !extensions.Contains(entry.Extension))) continue;
            if (entry.LinkTarget is not null)
            {
                var real = RealPath.Resolve(path);
                var why = isFolder ? "linked folders are not followed"
                    : real is null || !RealPath.IsInside(real, realRoot) ? "it links to a file outside the input folder"
                    : null;
                if (why is not null)
                {
                    diagnostics?.Warn("input.link-skipped", $"skipped: {why}", path, suggestion: "copy the article into the content folder");
                    continue;
                }
            }
            if (isFolder) Walk(path, realRoot, extensions, found, diagnostics);
            else found.Add(path);
        }
    }
}
