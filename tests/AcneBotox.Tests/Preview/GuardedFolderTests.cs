using System.Diagnostics;
using AcneBotox.Cli.Preview;

namespace AcneBotox.Tests.Preview;

/// <summary>The preview serves files from its folders and nothing outside them.</summary>
public sealed class GuardedFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-guarded-").FullName;
    private readonly string _served;

    public GuardedFolderTests()
    {
        _served = Directory.CreateDirectory(Path.Combine(_root, "served")).FullName;
        Directory.CreateDirectory(Path.Combine(_served, "sub"));
        File.WriteAllText(Path.Combine(_served, "sub", "article.md"), "inside");
        File.WriteAllText(Path.Combine(_root, "secret.md"), "outside");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_file_inside_is_served_with_its_type()
    {
        var served = new GuardedFolder(_served).Get("sub/article.md");
        Assert.Equal(200, served.Status);
        Assert.Equal("inside"u8.ToArray(), served.Bytes);
        Assert.Equal("text/plain; charset=utf-8", served.ContentType);
    }

    [Theory]
    [InlineData("../secret.md")]
    [InlineData("sub/../../secret.md")]
    [InlineData("..%2Fsecret.md")]
    [InlineData("sub%2F..%2F..%2Fsecret.md")]
    [InlineData("..\\secret.md")]
    [InlineData("./sub/article.md")]
    [InlineData("sub//article.md")]
    [InlineData(".hidden.md")]
    public void A_path_that_leaves_the_folder_or_names_a_hidden_file_is_refused(string path)
    {
        var served = new GuardedFolder(_served).Get(path);
        Assert.Equal(403, served.Status);
        Assert.Null(served.Bytes);
    }

    [Fact]
    public void A_link_leading_outside_is_refused_but_one_staying_inside_is_served()
    {
        File.CreateSymbolicLink(Path.Combine(_served, "out.md"), Path.Combine(_root, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(_served, "in.md"), Path.Combine(_served, "sub", "article.md"));
        Directory.CreateSymbolicLink(Path.Combine(_served, "up"), _root);
        var folder = new GuardedFolder(_served);

        Assert.Equal(403, folder.Get("out.md").Status);
        Assert.Equal(403, folder.Get("up/secret.md").Status);
        Assert.Equal("inside"u8.ToArray(), folder.Get("in.md").Bytes);
    }

    [Fact]
    public void A_named_pipe_is_refused_without_blocking()
    {
        TestSkip.When(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { Path.Combine(_served, "pipe.md") } })!) mkfifo.WaitForExit();

        var served = new GuardedFolder(_served).Get("pipe.md");

        Assert.Equal(403, served.Status);
        Assert.Contains("pipe", served.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sub/missing.md")]
    [InlineData("sub/article.exe")]
    public void A_missing_file_or_a_kind_the_preview_does_not_serve_is_not_found(string path) =>
        Assert.Equal(404, new GuardedFolder(_served).Get(path).Status);
}
