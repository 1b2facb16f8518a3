using AcneBotox.Core.Diagnostics;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Findings;

/// <summary>Each message of "errors that teach" says what to do: quoting, the key meant, why the exit code is what it is.</summary>
public sealed class TeachingMessageTests : IDisposable
{
    private readonly ScratchRepo _repo = new("messages");

    public TeachingMessageTests() =>
        _repo.Write("handout.yml", "organization: Test Clinic\ncontact: Call 555-0100\n");

    public void Dispose() => _repo.Dispose();

    private const string Body = "You can wash your face with cool water. Use a gentle soap.\n";

    [Fact]
    public void An_unquoted_colon_in_a_front_matter_value_suggests_quotes_with_the_line_rewritten()
    {
        var article = _repo.Write("colon.md", "---\ntitle: Botox for acne: what to expect\n---\n" + Body);

        var run = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines, l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.StartsWith($"{article}:2: error: malformed YAML", error, StringComparison.Ordinal);
        Assert.Contains("put the value in quotes: title: \"Botox for acne: what to expect\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_colon_in_handout_yml_gets_the_same_hint()
    {
        _repo.Write("handout.yml", "organization: Skin care: the clinic\n");
        var run = CliRunner.Run("check", _repo.Write("a.md", Body));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("put the value in quotes: organization: \"Skin care: the clinic\"", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviwed: 2026-01-01", "reviewed")]
    [InlineData("titel: Caring for your skin", "title")]
    [InlineData("sumary: What to do after a peel.", "summary")]
    [InlineData("next_review: 2027-01-01", "nextReview")]
    public void A_mistyped_front_matter_key_suggests_the_key_meant(string line, string meant)
    {
        var article = _repo.Write("typo.md", $"---\n{line}\n---\n" + Body);

        var run = CliRunner.Run("check", article);

        Assert.Contains($"typo.md:2: warning: unknown front-matter key '{line[..line.IndexOf(':', StringComparison.Ordinal)]}' is ignored (did you mean '{meant}'?)",
            run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organisaton: Clinic", "organization")]
    [InlineData("brandColr: \"#123456\"", "brandColor")]
    [InlineData("readability:\n  targetGrad: 7", "readability.targetGrade")]
    public void A_mistyped_settings_key_suggests_the_key_meant(string yaml, string meant)
    {
        _repo.Write("handout.yml", "contact: Call 555-0100\n" + yaml + "\n");

        var run = CliRunner.Run("check", _repo.Write("a.md", Body));

        Assert.Contains($"(did you mean '{meant}'?)", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviwed", "reviewed")]
    [InlineData("titel", "title")]
    [InlineData("sumary", "summary")]
    [InlineData("Subtitel", "subtitle")]
    [InlineData("next", "nextReview")]
    [InlineData("keyword", "keywords")]
    public void Suggestions_use_two_edits_swaps_and_prefixes(string typed, string meant) =>
        Assert.Equal(meant, NameSuggestions.Nearest(typed, ["title", "subtitle", "summary", "reviewer", "reviewed", "nextReview", "keywords"]));

    [Theory]
    [InlineData("colour")]
    [InlineData("xyz")]
    [InlineData("sources")]
    public void Nothing_is_suggested_for_a_key_far_from_every_name(string typed) =>
        Assert.Null(NameSuggestions.Nearest(typed, ["title", "summary", "reviewed"]));

    [Fact]
    public void Damerau_Levenshtein_counts_a_swap_of_neighbours_as_one_edit()
    {
        Assert.Equal(1, NameSuggestions.Distance("titel", "title"));
        Assert.Equal(1, NameSuggestions.Distance("reviwed", "reviewed"));
        Assert.Equal(2, NameSuggestions.Distance("reviwed", "reviewer"));
        Assert.Equal(3, NameSuggestions.Distance("", "abc"));
    }

    [Fact]
    public void A_missing_image_fails_its_document_and_writes_no_handout()
    {
        var article = _repo.Write("diagram.md", "---\ntitle: Where the injections go\n---\n" + Body + "\n![Injection sites](sites.png)\n");
        var other = _repo.Write("plain.md", "---\ntitle: Plain\n---\n" + Body);

        var run = CliRunner.Run("export", article, other, "-f", "html", "-o", _repo.Output);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines, l => l.Contains("sites.png", StringComparison.Ordinal));
        Assert.Contains("diagram.md:6: error: image 'sites.png' was not included: the file does not exist", error, StringComparison.Ordinal);
        Assert.Contains("images: {missing: warning}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repo.Output, "diagram.html")));
        Assert.True(File.Exists(Path.Combine(_repo.Output, "plain.html")));
        Assert.Contains("exit 1: 1 document failed", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/sites.png", "URLs are never fetched")]
    [InlineData("/etc/sites.png", "absolute paths are not allowed")]
    [InlineData("../outside/sites.png", "it is outside the content root")]
    public void A_refused_image_fails_its_document_like_a_missing_one(string source, string why)
    {
        _repo.Write("outside/sites.png", "not looked at");
        var article = _repo.Write("content/diagram.md", "---\ntitle: Where the injections go\n---\n" + Body + $"\n![Injection sites]({source})\n");

        var run = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines, l => l.Contains("was not included", StringComparison.Ordinal));
        Assert.Contains($"diagram.md:6: error: image '{source}' was not included: {why}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repo.Output, "diagram.html")));
        Assert.Equal("exit 1: 1 document failed", run.ErrorLines[^1]);
    }

    [Fact]
    public void Images_missing_warning_in_the_settings_exports_without_the_image()
    {
        _repo.Write("handout.yml", "organization: Test Clinic\ncontact: Call 555-0100\nimages:\n  missing: warning\n");
        var article = _repo.Write("diagram.md", "---\ntitle: Where the injections go\n---\n" + Body + "\n![Injection sites](sites.png)\n");

        var run = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("diagram.md:6: warning: image 'sites.png' was not included", run.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_repo.Output, "diagram.html")));
    }

    [Fact]
    public void The_summary_says_why_the_exit_code_is_what_it_is()
    {
        var article = _repo.Write("hard.md", "---\ntitle: Hard\n---\nPhysicians utilize neurotoxins.\n");

        var lenient = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);
        var strict = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output, "--fail-on", "warning", "--force");

        Assert.Equal(0, lenient.ExitCode);
        var warnings = strict.ErrorLines.Count(l => l.Contains(": warning: ", StringComparison.Ordinal));
        Assert.True(warnings >= 2, strict.StandardError);
        Assert.Matches(@"exit 0: \d+ warnings, which fail the run only with --fail-on warning", lenient.ErrorLines[^1]);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal($"exit 1: {warnings} warnings and --fail-on warning", strict.ErrorLines[^1]);
    }

    [Fact]
    public void Counts_are_in_the_right_number()
    {
        var article = _repo.Write("one.md", "---\ntitle: One\n---\n" + Body);

        var export = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);
        var check = CliRunner.Run("check", article);

        Assert.Contains("1 document: 1 exported, 0 up to date, 0 failed; 1 file written", export.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("1 documents", export.StandardError, StringComparison.Ordinal);
        Assert.Matches(@"1 document checked, \d+ warnings?, 0 failed", check.StandardOutput);
        Assert.DoesNotContain("(s)", check.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("1 document", Counted.Of(1, "document"));
        Assert.Equal("2 documents", Counted.Of(2, "document"));
        Assert.Equal("0 warnings", Counted.Of(0, "warning"));
    }
}
