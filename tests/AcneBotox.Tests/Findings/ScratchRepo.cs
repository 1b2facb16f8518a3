namespace AcneBotox.Tests.Findings;

/// <summary>
/// A temporary folder that is its own repository root (it holds <c>.git</c>), so the settings lookup never walks
/// above it into whatever the machine's temporary folder holds.
/// </summary>
internal sealed class ScratchRepo : IDisposable
{
    public ScratchRepo(string name)
    {
        Root = Directory.CreateTempSubdirectory($"acnebotox-{name}-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".git"));
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "out");

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> (folders made as needed) and returns the full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies the bundled content/ folder here and returns the copy's path.</summary>
    public string CopyContent()
    {
        var target = Path.Combine(Root, "content");
        foreach (var file in Directory.EnumerateFiles(Support.TestPaths.Content, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Support.TestPaths.Content, file);
            // A baseline committed to content/ is rebuilt by the tests, never reused.
            if (Path.GetFileName(file) == Core.Findings.Baseline.FileName) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
