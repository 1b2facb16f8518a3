using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Readers.Markdown;

namespace AcneBotox.Tests.Readers;

public class MarkdownTitleTests
{
    private static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string path = "notes/botox-aftercare.md") =>
        ReaderHarness.Read(new MarkdownReader(), path, text);

    [Fact]
    public void Leading_h1_becomes_title_and_sections_shift_to_level_one()
    {
        var (document, diagnostics) = Read("# Botox Aftercare\n\n## First Day\n\nRest.\n\n### Sleeping\n\nOn your back.\n\n## Later\n\nAs usual.\n");
        Assert.Equal("Botox Aftercare", document.Metadata.Title);
        Assert.Equal([(1, "First Day"), (2, "Sleeping"), (1, "Later")],
            document.Blocks.OfType<Heading>().Select(h => (h.Level, ModelWalker.PlainText(h.Inlines))));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Front_matter_title_wins_and_an_identical_leading_h1_is_not_repeated()
    {
        var document = Read("---\ntitle: Botox Aftercare\n---\n# Botox Aftercare\n\n## First Day\n\nRest.\n").Document;
        Assert.Equal("Botox Aftercare", document.Metadata.Title);
        Assert.Equal([(1, "First Day")], document.Blocks.OfType<Heading>().Select(h => (h.Level, ModelWalker.PlainText(h.Inlines))));
    }

    [Fact]
    public void Front_matter_title_with_a_different_leading_h1_keeps_the_h1_as_a_section()
    {
        var document = Read("---\ntitle: Botox Aftercare\n---\n# The First Day\n\nRest.\n").Document;
        Assert.Equal(["The First Day"], ReaderHarness.HeadingTexts(document, 1));
    }

    [Fact]
    public void Without_either_the_title_comes_from_the_file_name_with_a_warning()
    {
        var (document, diagnostics) = Read("Some text.\n\n## Section\n\nMore.\n");
        Assert.Equal("Botox Aftercare", document.Metadata.Title);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(TitleFallback.Rule, warning.Rule);
        Assert.StartsWith("notes/botox-aftercare.md:1: warning: the file has no front-matter title", warning.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Section"], ReaderHarness.HeadingTexts(document, 1));
    }

    [Fact]
    public void Empty_markdown_file_still_gets_a_title()
    {
        var (document, diagnostics) = Read("");
        Assert.Equal("Botox Aftercare", document.Metadata.Title);
        Assert.Empty(document.Blocks);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Heading_ids_are_unique()
    {
        var document = Read("# T\n\n## Risks\n\nA.\n\n## Risks\n\nB.\n").Document;
        Assert.Equal(["risks", "risks-1"], document.Blocks.OfType<Heading>().Select(h => h.Id));
    }

    [Fact]
    public void Unknown_container_keeps_content_with_a_warning_and_key_points_titles_are_kept()
    {
        var (document, diagnostics) = Read("# T\n\n:::sidebar\nKept text.\n:::\n\n:::key-points In short\nPoint.\n:::\n");
        Assert.IsType<Paragraph>(document.Blocks[0]);
        var callout = Assert.IsType<Callout>(document.Blocks[1]);
        Assert.Equal(CalloutKind.KeyPoints, callout.Kind);
        Assert.Equal("In short", callout.Title);
        Assert.Contains(":::sidebar", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsafe_markdown_links_keep_their_text_and_warn()
    {
        var (document, diagnostics) = Read("# T\n\n[click](javascript:alert(1)) and [other](other.md) and [ok](#risks)\n");
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal("click and other and ok", ModelWalker.PlainText(paragraph.Inlines));
        Assert.Equal(["#risks"], ModelWalker.Descendants(paragraph.Inlines).OfType<Link>().Select(l => l.Target));
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains("javascript:", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strikethrough_keeps_text_and_warns()
    {
        var (document, diagnostics) = Read("# T\n\nTake ~~two~~ one pill.\n");
        Assert.Equal("Take two one pill.", ModelWalker.PlainText(((Paragraph)document.Blocks[0]).Inlines));
        Assert.Contains("strikethrough", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }
}
