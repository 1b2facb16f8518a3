using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers.Markdown;
using AcneBotox.Core.Settings;
using AcneBotox.Tests.Readers;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Settings;

/// <summary><c>maxPages</c> and <c>onlineUrl</c>: in handout.yml for every handout, in front matter for one; front matter wins.</summary>
public sealed class PrintSettingsTests
{
    private const string Path = "content/handout.yml";

    [Fact]
    public void The_settings_file_reads_max_pages_and_an_online_address_pattern()
    {
        var settings = HandoutSettingsLoader.Parse("maxPages: 2\nonlineUrl: https://clinic.example/handouts/{name}\n", Path, new DiagnosticBag());

        Assert.Equal(2, settings.MaxPages);
        Assert.Equal("https://clinic.example/handouts/{name}", settings.OnlineUrl);
    }

    [Theory]
    [InlineData("maxPages: 0\n", "'maxPages' must be a whole number from 1 to 500")]
    [InlineData("maxPages: two\n", "'maxPages' must be a whole number")]
    [InlineData("onlineUrl: ftp://clinic.example/a\n", "'onlineUrl' must be an http or https address")]
    [InlineData("onlineUrl: javascript:alert(1)\n", "'onlineUrl' must be an http or https address")]
    public void A_wrong_value_is_an_error_with_file_and_line(string yaml, string message)
    {
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Parse(yaml, Path, new DiagnosticBag()));
        Assert.StartsWith($"{Path}:1: error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_reads_both_keys()
    {
        var metadata = ReaderHarness.Read(new MarkdownReader(), "fm.md", "---\ntitle: T\nmaxPages: 3\nonlineUrl: https://clinic.example/peel\n---\nBody.\n").Document.Metadata;

        Assert.Equal(3, metadata.MaxPages);
        Assert.Equal("https://clinic.example/peel", metadata.OnlineUrl);
    }

    [Theory]
    [InlineData("maxPages: 0", "front-matter key 'maxPages' must be a whole number from 1 to 500")]
    [InlineData("onlineUrl: clinic.example/peel", "front-matter key 'onlineUrl' must be an http or https address")]
    public void A_wrong_front_matter_value_fails_the_document_with_its_line(string line, string message)
    {
        var error = Assert.Throws<DocumentException>(() => ReaderHarness.Read(new MarkdownReader(), "fm.md", $"---\ntitle: T\n{line}\n---\nBody.\n"));
        Assert.Equal(3, error.Diagnostic.Line);
        Assert.Contains(message, error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_composition_prefers_front_matter_and_fills_the_settings_pattern_with_the_file_name()
    {
        var settings = new HandoutSettings { MaxPages = 4, OnlineUrl = "https://clinic.example/h/{name}" };
        var own = Document(new Metadata { Title = "T", MaxPages = 2, OnlineUrl = "https://elsewhere.example/x", Provenance = new Provenance("a.md", "0") });
        var shared = Document(new Metadata { Title = "T", Provenance = new Provenance("a.md", "0") });

        var fromFrontMatter = ComposedTexts.Compose(own, settings);
        var fromSettings = ComposedTexts.Compose(shared, settings);

        Assert.Equal((2, "https://elsewhere.example/x"), (fromFrontMatter.MaxPages, fromFrontMatter.OnlineUrl));
        // ComposedTexts composes as "test.md".
        Assert.Equal((4, "https://clinic.example/h/test"), (fromSettings.MaxPages, fromSettings.OnlineUrl));
        Assert.Equal("Online version: https://clinic.example/h/test", fromSettings.EndMatter[^1].Text);
        Assert.Null(ComposedTexts.Compose(shared, new HandoutSettings()).OnlineUrl);
    }

    private static Document Document(Metadata metadata) => new(metadata, [new Paragraph([new Text("Body.")])]);
}
