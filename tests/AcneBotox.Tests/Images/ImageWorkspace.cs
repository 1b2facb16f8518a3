using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Images;

/// <summary>A throw-away content folder (with an <c>outside/</c> sibling and an output folder) for image tests.</summary>
internal sealed class ImageWorkspace : IDisposable
{
    public ImageWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("acnebotox-images-").FullName;
        Content = Directory.CreateDirectory(Path.Combine(Root, "content")).FullName;
        Outside = Directory.CreateDirectory(Path.Combine(Root, "outside")).FullName;
        Output = Path.Combine(Root, "out");
    }

    /// <summary>The committed JPEG fixtures.</summary>
    public static string Fixtures => Path.Combine(TestPaths.TestProject, "Images", "Fixtures");

    public string Root { get; }

    public string Content { get; }

    public string Outside { get; }

    public string Output { get; }

    /// <summary>The document path images are resolved from.</summary>
    public string Document => Path.Combine(Content, "article.md");

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="name"/> in the content folder.</summary>
    public string Add(string name, byte[] bytes)
    {
        var path = Path.Combine(Content, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test over.
        }
    }
}
