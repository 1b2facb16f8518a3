using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Readers;

namespace AcneBotox.Cli;

/// <summary>Turns INPUT arguments (files or folders) into the sorted list of files to export.</summary>
internal static class InputDiscovery
{
    /// <summary>The default input folder.</summary>
    public const string DefaultContentFolder = "content";

    /// <summary>Expands folders recursively to the files some reader accepts; sorted for a stable order.</summary>
    /// <returns>The files, and the folder whose handout.yml applies (the first folder given, or the first file's folder).</returns>
    public static (IReadOnlyList<string> Files, string ContentFolder) Find(IReadOnlyList<string> inputs, ReaderRegistry readers)
    {
        if (inputs.Count == 0) inputs = [DefaultContentFolder];
        var extensions = readers.Extensions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        string? contentFolder = null;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                contentFolder ??= input;
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => extensions.Contains(Path.GetExtension(f)))
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                contentFolder ??= Path.GetDirectoryName(input) is { Length: > 0 } folder ? folder : ".";
                files.Add(input);
            }
            else
            {
                throw new UsageException($"{input}: error: no such file or folder");
            }
        }
        if (files.Count == 0)
            throw new UsageException($"error: no inputs found in {string.Join(", ", inputs)} (looked for {string.Join(", ", extensions)})");
        return (files, contentFolder ?? DefaultContentFolder);
    }
}
