using System.Diagnostics;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.BadInput;

/// <summary>
/// A throw-away folder for one hostile case: <c>content/</c> (the content root, holding the input,
/// good and bad images, links that lead out, a pipe), <c>outside/</c> (files that must never reach
/// an output) and <c>out/</c> (the output folder).
/// </summary>
internal sealed class BadInputWorkspace : IDisposable
{
    /// <summary>The marker inside outside/secret.txt and outside/secret.png.</summary>
    public const string SecretMarker = "HOSTILE-SECRET-MARKER";

    private BadInputWorkspace(string root)
    {
        Root = root;
        Content = Directory.CreateDirectory(Path.Combine(root, "content")).FullName;
        Outside = Directory.CreateDirectory(Path.Combine(root, "outside")).FullName;
        Output = Path.Combine(root, "out");
    }

    public string Root { get; }

    public string Content { get; }

    public string Outside { get; }

    public string Output { get; }

    /// <summary>Builds the workspace for <paramref name="caseName"/> and returns it with the CLI arguments to run.</summary>
    public static (BadInputWorkspace Workspace, string[] Args) Create(string caseName)
    {
        var workspace = new BadInputWorkspace(Path.Combine(Path.GetTempPath(), "acnebotox-hostile-" + Guid.NewGuid().ToString("N")));
        workspace.PopulateRoots();
        var args = workspace.Prepare(caseName);
        return (workspace, args);
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
                File.SetAttributes(file, FileAttributes.Normal);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }

    private void PopulateRoots()
    {
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), SecretMarker + "\n");
        File.Copy(Path.Combine(BadInputCorpus.Folder, "secret.png"), Path.Combine(Outside, "secret.png"));
        foreach (var image in new[] { "ok.png", "huge.png", "fake.png" })
            File.Copy(Path.Combine(BadInputCorpus.Folder, image), Path.Combine(Content, image));
        File.CreateSymbolicLink(Path.Combine(Content, "link-out.png"), Path.Combine("..", "outside", "secret.png"));
        Directory.CreateSymbolicLink(Path.Combine(Content, "linked-dir"), Outside);
        if (File.Exists("/dev/zero")) File.CreateSymbolicLink(Path.Combine(Content, "dev-zero.png"), "/dev/zero");
    }

    private string[] Prepare(string name)
    {
        var input = Path.Combine(Content, name);
        switch (name)
        {
            case "missing.txt":
                break;
            case "folder.md":
                Directory.CreateDirectory(input);
                break;
            case "fifo.txt":
                MakeFifo(input);
                break;
            case "fifos-in-folder":
                File.Copy(TestPaths.Seed, Path.Combine(Content, "article.txt"));
                for (var i = 0; i < 5; i++) MakeFifo(Path.Combine(Content, $"pipe-{i}.txt"));
                return ["export", Content, "-o", Output];
            case "dev-zero.txt":
                File.CreateSymbolicLink(input, "/dev/zero");
                break;
            case "unreadable.txt":
                File.WriteAllText(input, "Caring for your skin\n\nWash your face.\n");
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(input, UnixFileMode.None);
                break;
            case "collision":
                Directory.CreateDirectory(Path.Combine(Content, "a"));
                Directory.CreateDirectory(Path.Combine(Content, "b"));
                File.Copy(TestPaths.Seed, Path.Combine(Content, "a", "handout.txt"));
                File.WriteAllText(Path.Combine(Content, "b", "handout.md"), "# Caring for your skin\n\nWash your face.\n");
                return ["export", Content, "-o", Output];
            case "output-is-file":
                File.Copy(TestPaths.Seed, Path.Combine(Content, "article.txt"));
                File.WriteAllText(Output, "not a folder");
                return ["export", Path.Combine(Content, "article.txt"), "-o", Output];
            case "image-pipe.md":
                MakeFifo(Path.Combine(Content, "pipe.png"));
                Copy(name, input);
                break;
            case "symlink-loop":
                var looped = Directory.CreateDirectory(Path.Combine(Root, "looped")).FullName;
                Directory.CreateSymbolicLink(Path.Combine(looped, "again"), looped);
                return ["export", looped, "-o", Output];
            case "resource-path-missing":
                File.Copy(TestPaths.Seed, Path.Combine(Content, "article.txt"));
                return ["export", Path.Combine(Content, "article.txt"), "-o", Output, "--resource-path", Path.Combine(Root, "nowhere")];
            case "settings-pipe":
                MakeFifo(Path.Combine(Content, "handout.yml"));
                File.Copy(TestPaths.Seed, Path.Combine(Content, "article.txt"));
                return ["export", Path.Combine(Content, "article.txt"), "-o", Output, "--settings", Path.Combine(Content, "handout.yml")];
            case "settings-dev-zero":
                File.CreateSymbolicLink(Path.Combine(Content, "handout.yml"), "/dev/zero");
                File.Copy(TestPaths.Seed, Path.Combine(Content, "article.txt"));
                return ["export", Path.Combine(Content, "article.txt"), "-o", Output];
            case "settings-raise-limit":
                File.WriteAllText(Path.Combine(Content, "handout.yml"), "limits:\n  maxInputBytes: 1073741824\n");
                File.WriteAllBytes(Path.Combine(Content, "article.txt"), BadInputGenerators.Generate("over-limit.txt"));
                return ["export", Path.Combine(Content, "article.txt"), "-o", Output];
            case var settings when settings.StartsWith("settings-", StringComparison.Ordinal):
                Copy(name, Path.Combine(Content, "handout.yml"));
                File.Copy(TestPaths.Seed, Path.Combine(Content, "article.txt"));
                return ["export", Path.Combine(Content, "article.txt"), "-o", Output];
            default:
                Copy(name, input);
                break;
        }
        return ["export", input, "-o", Output];
    }

    private void Copy(string name, string destination)
    {
        var fixture = Path.Combine(BadInputCorpus.Folder, name);
        byte[] bytes;
        if (File.Exists(fixture)) bytes = File.ReadAllBytes(fixture);
        else if (BadInputGenerators.Has(name)) bytes = BadInputGenerators.Generate(name);
        else throw new InvalidOperationException($"bad-input case '{name}' is neither in Corpus/ nor generated");
        if (name == "image-escapes.md")
            bytes = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("@ROOT@", Root, StringComparison.Ordinal));
        File.WriteAllBytes(destination, bytes);
    }

    private static void MakeFifo(string path)
    {
        var start = new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false };
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
