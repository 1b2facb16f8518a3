using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers.Markdown;

namespace AcneBotox.Tests.Readers;

public class FrontMatterTests
{
    private static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string text) =>
        ReaderHarness.Read(new MarkdownReader(), "fm.md", text);

    private static DocumentException Fails(string text) => Assert.Throws<DocumentException>(() => Read(text));

    [Fact]
    public void Every_key_lands_in_metadata()
    {
        var metadata = Read("---\ntitle: T\nsubtitle: S\nsummary: Sum\nlanguage: es-MX\nauthors: [A, B]\nreviewer: R\nreviewed: 2024-01-31\nnextReview: 2025-01-31\nversion: 3\nkeywords: acne, botox\nsources:\n  - one\n  - two\n---\nBody.\n")
            .Document.Metadata;
        Assert.Equal("T", metadata.Title);
        Assert.Equal("S", metadata.Subtitle);
        Assert.Equal("Sum", metadata.Summary);
        Assert.Equal("es-MX", metadata.Language);
        Assert.Equal(["A", "B"], metadata.Authors);
        Assert.Equal("R", metadata.Reviewer);
        Assert.Equal(new DateOnly(2024, 1, 31), metadata.Reviewed);
        Assert.Equal(new DateOnly(2025, 1, 31), metadata.NextReview);
        Assert.Equal("3", metadata.Version);
        Assert.Equal(["acne", "botox"], metadata.Keywords);
        Assert.Equal(["one", "two"], metadata.Sources);
    }

    [Fact]
    public void Unknown_key_is_a_warning_with_line_and_suggestion()
    {
        var (document, diagnostics) = Read("---\ntitle: T\nnext_review: 2025-01-01\ncolour: red\n---\nBody.\n");
        Assert.Equal("T", document.Metadata.Title);
        Assert.Null(document.Metadata.NextReview);
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("fm.md:3: warning: unknown front-matter key 'next_review' is ignored (did you mean 'nextReview'?)", diagnostics[0].ToString());
        Assert.Equal(4, diagnostics[1].Line);
        Assert.Contains("known keys: title, subtitle", diagnostics[1].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: [a, b]", 2, "'title' must be text, not a list")]
    [InlineData("title: T\nreviewed: last May", 3, "'reviewed' must be a date like 2024-05-31")]
    [InlineData("title: T\nreviewed: 2024-02-30", 3, "'reviewed' must be a date")]
    [InlineData("title: T\nauthors: {name: x}", 3, "'authors' must be a list of text, not a mapping")]
    [InlineData("title: T\nkeywords:\n  - a\n  - [b]", 5, "every item of front-matter key 'keywords' must be text")]
    [InlineData("title: T\nlanguage: English (US)", 3, "'language' must be a language tag")]
    [InlineData("title: T\ntitle: U", 3, "'title' appears twice")]
    [InlineData("- just\n- a list", 2, "must be a set of 'key: value' lines")]
    public void Wrong_types_are_errors_with_file_and_line(string yaml, int line, string message)
    {
        var error = Fails($"---\n{yaml}\n---\nBody.\n");
        Assert.Equal("fm.md", error.Diagnostic.Path);
        Assert.Equal(line, error.Diagnostic.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: T\nauthors: [a, b\nreviewer: x", 3)]
    [InlineData("title: T\n  bad indent: x\n", 3)]
    [InlineData("title: \"unclosed\n", 2)]
    [InlineData("title: T\nsummary: *nowhere", 3)]
    public void Malformed_yaml_is_an_error_with_file_and_line(string yaml, int line)
    {
        var error = Fails($"---\n{yaml}\n---\nBody.\n");
        Assert.Equal("front-matter.invalid", error.Diagnostic.Rule);
        Assert.Equal("fm.md", error.Diagnostic.Path);
        Assert.InRange(error.Diagnostic.Line ?? 0, 2, line + 1);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Billion_laughs_fails_fast_with_a_clear_error()
    {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (var i = 1; i < 10; i++)
            yaml += $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))}]\n";
        var error = Fails($"---\n{yaml}---\n# T\n");
        Assert.Contains("billion laughs", error.Message, StringComparison.Ordinal);
        Assert.Equal("fm.md", error.Diagnostic.Path);
        Assert.NotNull(error.Diagnostic.Line);
    }

    [Fact]
    public void Small_aliases_within_the_bound_are_fine()
    {
        var metadata = Read("---\ntitle: &t Botox and acne\nsubtitle: *t\n---\nBody.\n").Document.Metadata;
        Assert.Equal("Botox and acne", metadata.Subtitle);
    }

    [Fact]
    public void Deeply_nested_yaml_is_an_error()
    {
        var error = Fails("---\ntitle: T\nx:\n" + string.Concat(Enumerable.Range(1, 40).Select(i => new string(' ', i * 2) + "k:\n")) + "---\nBody.\n");
        Assert.Contains("nests deeper than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var error = Fails("---\ntitle: T\n\nBody text.\n");
        Assert.Equal(1, error.Diagnostic.Line);
        Assert.Contains("no closing '---'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_and_null_values_count_as_absent()
    {
        var (document, diagnostics) = Read("---\ntitle: T\nsubtitle:\nreviewer: ~\n---\nBody.\n");
        Assert.Null(document.Metadata.Subtitle);
        Assert.Null(document.Metadata.Reviewer);
        Assert.Empty(diagnostics);
    }
}
