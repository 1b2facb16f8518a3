using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers.Markdown;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Readers;

public class RawHtmlTests
{
    private const string Fixture = "tests/AcneBotox.Tests/Readers/Fixtures/raw-html-with-script.md";

    private static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string text) =>
        ReaderHarness.Read(new MarkdownReader(), "page.md", text);

    private static IEnumerable<string> AllText(Document document) =>
        ModelWalker.Descendants(document).SelectMany(ModelWalker.InlineRuns).Select(run => ModelWalker.PlainText(run))
            .Concat(ModelWalker.Query<Image>(document).Select(i => i.Source + " " + i.AltText));

    [Fact]
    public void Markdown_whose_body_is_raw_html_becomes_model_nodes_and_no_script_survives()
    {
        var (document, diagnostics) = ReaderHarness.ReadRepoFile(new MarkdownReader(), Fixture);

        Assert.Equal("Botox and Acne", document.Metadata.Title);
        Assert.Equal(["Risks"], ReaderHarness.HeadingTexts(document, 1));
        var text = string.Join("\n", AllText(document));
        foreach (var forbidden in new[] { "alert", "stolen", "steal", "display", "evil", "javascript" })
            Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Click here", text, StringComparison.Ordinal);
        Assert.Contains("Ask your doctor.", text, StringComparison.Ordinal);
        Assert.Equal(["https://example.org/acne"], ModelWalker.Descendants(document).SelectMany(ModelWalker.InlineRuns)
            .SelectMany(run => ModelWalker.Descendants(run)).OfType<Link>().Select(l => l.Target));
        Assert.Equal(["images/skin.png"], ModelWalker.Query<Image>(document).Select(i => i.Source));

        var messages = diagnostics.Select(d => d.Message).ToList();
        Assert.Equal(2, messages.Count(m => m == "dropped <script> element and its content"));
        Assert.Contains("dropped <style> element and its content", messages);
        Assert.Contains("dropped <iframe> element and its content", messages);
        Assert.Contains("dropped event-handler attribute onclick on <p>", messages);
        Assert.Contains("dropped event-handler attribute onerror on <img>", messages);
        Assert.Contains(messages, m => m.StartsWith("dropped a javascript: link", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("dropped <img> with unsafe source \"javascript:", StringComparison.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Raw_html_fixture_matches_golden()
    {
        var (document, diagnostics) = ReaderHarness.ReadRepoFile(new MarkdownReader(), Fixture);
        Golden.AssertMatches("Readers/Golden/raw-html-with-script.native", ReaderHarness.DumpWithDiagnostics(document, diagnostics));
    }

    [Theory]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html,<script>alert(1)</script>\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox\">x</a>")]
    public void Obfuscated_unsafe_links_are_dropped(string html)
    {
        var (document, diagnostics) = Read($"# T\n\n<p>{html}</p>\n");
        Assert.Empty(ModelWalker.Descendants(document.Blocks[0] is Paragraph p ? p.Inlines : []).OfType<Link>());
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Safe_subset_maps_to_model_nodes()
    {
        var document = Read("# T\n\n<h3>Sub</h3>\n<ol start=\"3\"><li>Three</li><li><b>Four</b></li></ol>\n<p><i>it</i> <a href=\"mailto:a@b.org\">mail</a><br>next</p>\n").Document;
        Assert.Equal(1, Assert.IsType<Heading>(document.Blocks[0]).Level);
        var list = Assert.IsType<OrderedList>(document.Blocks[1]);
        Assert.Equal(3, list.Start);
        Assert.IsType<Strong>(Assert.IsType<Paragraph>(list.Items[1][0]).Inlines[0]);
        var paragraph = Assert.IsType<Paragraph>(document.Blocks[2]);
        Assert.Equal("Emph [Text \"it\"], Text \" \", Link \"mailto:a@b.org\" [Text \"mail\"], LineBreak, Text \"next\"",
            NativeDump.Write(document with { Blocks = [paragraph] }).Split('\n').Single(l => l.StartsWith("Para", StringComparison.Ordinal))[6..^1]);
    }

    [Fact]
    public void Inline_script_in_markdown_drops_its_content()
    {
        var (document, diagnostics) = Read("# T\n\nBefore <script>var x = 1;</script> after <span onclick=\"x()\">kept</span>.\n");
        Assert.Equal("Before after kept.", ModelWalker.PlainText(Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).Inlines));
        Assert.Contains(diagnostics, d => d.Message == "dropped <script> element and its content");
        Assert.Contains(diagnostics, d => d.Message == "dropped event-handler attribute onclick on <span>");
    }
}
