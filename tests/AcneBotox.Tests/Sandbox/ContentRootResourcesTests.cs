using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Resources;
using AcneBotox.Tests.BadInput;

namespace AcneBotox.Tests.Sandbox;

/// <summary>The image sandbox: only bounded PNG/JPEG files really inside the content root are ever read.</summary>
public sealed class ContentRootResourcesTests : IDisposable
{
    private readonly string _root;
    private readonly string _content;
    private readonly string _document;

    public ContentRootResourcesTests()
    {
        _root = Directory.CreateTempSubdirectory("acnebotox-sandbox-").FullName;
        _content = Directory.CreateDirectory(Path.Combine(_root, "content")).FullName;
        Directory.CreateDirectory(Path.Combine(_root, "outside"));
        Directory.CreateDirectory(Path.Combine(_content, "articles"));
        File.Copy(Path.Combine(BadInputCorpus.Folder, "ok.png"), Path.Combine(_content, "ok.png"));
        File.Copy(Path.Combine(BadInputCorpus.Folder, "ok.png"), Path.Combine(_content, "articles", "near.png"));
        File.Copy(Path.Combine(BadInputCorpus.Folder, "secret.png"), Path.Combine(_root, "outside", "secret.png"));
        _document = Path.Combine(_content, "articles", "article.md");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("near.png")]
    [InlineData("../ok.png")]
    [InlineData("ok.png")]
    [InlineData("%2e%2e/ok.png")]
    public void Images_inside_the_root_load(string source)
    {
        var diagnostics = new DiagnosticBag();
        var image = new ContentRootResources(_content).LoadImage(source, _document, 3, diagnostics);
        Assert.NotNull(image);
        Assert.Equal("image/png", image.MediaType);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData("../../outside/secret.png", "outside the content root")]
    [InlineData("%2e%2e/%2e%2e/outside/secret.png", "outside the content root")]
    [InlineData("/etc/passwd", "absolute paths")]
    [InlineData("%2Fetc%2Fpasswd", "absolute paths")]
    [InlineData("http://127.0.0.1:9/x.png", "URLs are never fetched")]
    [InlineData("HTTPS://example.org/x.png", "URLs are never fetched")]
    [InlineData("file:///etc/passwd", "URLs are never fetched")]
    [InlineData("//evil.example/x.png", "URLs are never fetched")]
    [InlineData("data:image/png;base64,AAAA", "URLs are never fetched")]
    [InlineData("javascript:alert(1)", "URLs are never fetched")]
    [InlineData("missing.png", "does not exist")]
    [InlineData("", "no source")]
    [InlineData("x%00.png", "NUL")]
    public void Images_outside_the_root_or_not_files_are_refused_with_a_warning(string source, string why)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(new ContentRootResources(_content).LoadImage(source, _document, 7, diagnostics));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("resource.refused", warning.Rule);
        Assert.Equal(7, warning.Line);
        Assert.Contains(why, warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_root_that_points_outside_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(_content, "articles", "out.png"), Path.Combine(_root, "outside", "secret.png"));
        Directory.CreateSymbolicLink(Path.Combine(_content, "articles", "dir"), Path.Combine(_root, "outside"));
        foreach (var source in new[] { "out.png", "dir/secret.png" })
        {
            var diagnostics = new DiagnosticBag();
            Assert.Null(new ContentRootResources(_content).LoadImage(source, _document, null, diagnostics));
            Assert.Contains("links to a file outside", Assert.Single(diagnostics.Items).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_link_that_stays_inside_the_root_is_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_content, "articles", "alias.png"), Path.Combine("..", "ok.png"));
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(new ContentRootResources(_content).LoadImage("alias.png", _document, null, diagnostics));
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_root_reached_through_a_link_still_works()
    {
        var linkedRoot = Path.Combine(_root, "via-link");
        Directory.CreateSymbolicLink(linkedRoot, _content);
        var diagnostics = new DiagnosticBag();
        var image = new ContentRootResources(linkedRoot).LoadImage("near.png", Path.Combine(linkedRoot, "articles", "article.md"), null, diagnostics);
        Assert.NotNull(image);
    }

    [Fact]
    public void A_device_behind_a_name_inside_the_root_is_refused()
    {
        TestSkip.When(!File.Exists("/dev/zero"), "no /dev/zero on this system");
        File.CreateSymbolicLink(Path.Combine(_content, "articles", "zero.png"), "/dev/zero");
        var diagnostics = new DiagnosticBag();
        Assert.Null(new ContentRootResources(_content).LoadImage("zero.png", _document, null, diagnostics));
        Assert.Single(diagnostics.Items);
    }

    [Fact]
    public void Oversized_and_fake_images_are_refused()
    {
        File.Copy(Path.Combine(BadInputCorpus.Folder, "huge.png"), Path.Combine(_content, "huge.png"));
        File.Copy(Path.Combine(BadInputCorpus.Folder, "fake.png"), Path.Combine(_content, "fake.png"));
        var diagnostics = new DiagnosticBag();
        var resources = new ContentRootResources(_content);
        Assert.Null(resources.LoadImage("../huge.png", _document, null, diagnostics));
        Assert.Null(resources.LoadImage("../fake.png", _document, null, diagnostics));
        Assert.Contains("100000x100000", diagnostics.Items[0].Message, StringComparison.Ordinal);
        Assert.Contains("only PNG and JPEG", diagnostics.Items[1].Message, StringComparison.Ordinal);
    }
}
