using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Findings;

/// <summary>Accepting findings as linters do: levels per rule and file glob in handout.yml, and comments in the Markdown.</summary>
public sealed class AcceptingFindingsTests : IDisposable
{
    private readonly ScratchRepo _repo = new("accept");

    public void Dispose() => _repo.Dispose();

    // Jargon ("utilize", "physician") and a sentence of 24 words.
    private const string Article = "---\ntitle: Your visit\nsummary: What happens at your visit.\n---\n"
        + "The physician will utilize a small needle.\n\n"
        + "You will sit in a chair and the nurse will clean your skin with a cool wipe before the doctor gives you the small shots today.\n";

    private static CliOutcome Check(string article) => CliRunner.Run("check", article, "--format", "text");

    private static bool Reports(CliOutcome run, string severity, string text) =>
        run.StandardOutput.Split('\n').Any(l => l.Contains($": {severity}: ", StringComparison.Ordinal) && l.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Checks_in_handout_yml_turn_a_rule_off_or_change_its_level_per_file_glob()
    {
        var legacy = _repo.Write("content/legacy/old.md", Article);
        var current = _repo.Write("content/new.md", Article);
        _repo.Write("content/handout.yml",
            "organization: C\ncontact: D\nchecks:\n  readability.long-sentence: off\n  \"legacy/*.md\":\n    jargon: info\n");

        var legacyRun = Check(legacy);
        var currentRun = Check(current);

        Assert.DoesNotContain("sentence of", legacyRun.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("sentence of", currentRun.StandardOutput, StringComparison.Ordinal);
        Assert.True(Reports(legacyRun, "info", "\"utilize\""), legacyRun.StandardOutput);
        Assert.True(Reports(currentRun, "warning", "\"utilize\""), currentRun.StandardOutput);
    }

    [Fact]
    public void A_rule_raised_to_error_fails_the_run_and_an_unknown_rule_suggests_the_one_meant()
    {
        var article = _repo.Write("content/a.md", Article);
        _repo.Write("content/handout.yml", "organization: C\ncontact: D\nchecks:\n  plain.jargn: off\n  plain: error\n");

        var run = Check(article);

        Assert.Equal(1, run.ExitCode);
        Assert.True(Reports(run, "error", "\"utilize\""), run.StandardOutput);
        Assert.Contains("'checks.plain.jargn' names no rule, so it is ignored (did you mean 'plain.jargon'?)", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_that_is_not_one_of_the_four_is_an_error_with_the_line()
    {
        _repo.Write("content/handout.yml", "organization: C\ncontact: D\nchecks:\n  jargon: quiet\n");
        var run = Check(_repo.Write("content/a.md", Article));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("handout.yml:4: error: 'checks.jargon' must be off, info, warning or error", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_comments_silence_the_next_line_or_a_range_and_leave_the_handout_unchanged()
    {
        var plain = _repo.Write("content/plain.md", Article);
        var silenced = _repo.Write("content/silenced.md", Article
            .Replace("The physician", "<!-- acnebotox-disable-next-line plain.jargon -->\nThe physician", StringComparison.Ordinal)
            .Replace("You will sit", "<!-- acnebotox-disable readability.long-sentence -->\nYou will sit", StringComparison.Ordinal));
        _repo.Write("content/handout.yml", "organization: C\ncontact: D\n");

        var before = Check(plain);
        var after = Check(silenced);

        Assert.True(Reports(before, "warning", "\"utilize\""), before.StandardOutput);
        Assert.Contains("sentence of 26 words", before.StandardOutput, StringComparison.Ordinal);
        Assert.False(Reports(after, "warning", "\"utilize\""), after.StandardOutput);
        Assert.DoesNotContain("sentence of", after.StandardOutput, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run("export", plain, silenced, "-f", "html", "-o", _repo.Output).ExitCode);
        static string Main(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..];
        Assert.Equal(Main(File.ReadAllText(Path.Combine(_repo.Output, "plain.html"))), Main(File.ReadAllText(Path.Combine(_repo.Output, "silenced.html"))));
    }

    [Fact]
    public void Inline_suppressions_follow_lines_rules_and_ranges()
    {
        var text = "a\n<!-- acnebotox-disable-next-line jargon, readability -->\n\nb\n<!-- acnebotox-disable -->\nc\n<!-- acnebotox-enable -->\nd\n";
        var suppressions = InlineSuppressions.Parse(text);
        Diagnostic At(int? line, string rule = "plain.jargon") => new(Severity.Warning, rule, "m", "x.md", line);

        Assert.False(suppressions.Silences(At(1)));
        Assert.True(suppressions.Silences(At(4)));
        Assert.True(suppressions.Silences(At(4, "readability.long-sentence")));
        Assert.False(suppressions.Silences(At(4, "plain.you")));
        Assert.True(suppressions.Silences(At(6, "plain.you")));
        Assert.False(suppressions.Silences(At(8)));
        Assert.False(suppressions.Silences(At(null)));
        Assert.False(suppressions.Silences(new Diagnostic(Severity.Error, "plain.jargon", "m", "x.md", 4)));
        Assert.True(InlineSuppressions.Parse("<!-- acnebotox-disable structure.no-sources -->\n").Silences(At(null, "structure.no-sources")));
    }

    [Theory]
    [InlineData("legacy/*.txt", "legacy/a.txt", true)]
    [InlineData("legacy/*.txt", "legacy/sub/a.txt", false)]
    [InlineData("legacy/**/*.txt", "legacy/sub/a.txt", true)]
    [InlineData("legacy/**/*.txt", "legacy/a.txt", true)]
    [InlineData("*.md", "deep/down/a.md", true)]
    [InlineData("a?.md", "ab.md", true)]
    [InlineData("a.md", "xa.md", false)]
    public void File_globs_match_as_gitignore_does(string glob, string path, bool expected) =>
        Assert.Equal(expected, FileGlob.Matches(glob, path));

    [Fact]
    public void Findings_of_up_to_date_documents_are_summed_up_not_repeated_unless_verbose()
    {
        var article = _repo.Write("content/a.md", Article);
        _repo.Write("content/handout.yml", "organization: C\ncontact: D\n");

        var first = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);
        var second = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);
        var verbose = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output, "--verbose");
        var quiet = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output, "-q");

        int Warnings(CliOutcome run) => run.ErrorLines.Count(l => l.Contains(": warning: ", StringComparison.Ordinal));
        Assert.True(Warnings(first) >= 2, first.StandardError);
        Assert.Equal(0, Warnings(second));
        Assert.Contains($"1 up-to-date document has {Counted.Of(Warnings(first), "finding")} printed when exported, not repeated (--verbose lists them)",
            second.StandardError, StringComparison.Ordinal);
        Assert.Equal(Warnings(first), Warnings(verbose));
        Assert.Empty(quiet.StandardError);
    }

    [Fact]
    public void Switching_between_regular_and_large_print_reuses_both_caches()
    {
        var article = _repo.Write("content/a.md", Article);
        _repo.Write("content/handout.yml", "organization: C\ncontact: D\n");

        CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);
        CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output, "--large-print");
        var regular = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);
        var large = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output, "--large-print");

        Assert.Contains("1 document: 0 exported, 1 up to date", regular.StandardError, StringComparison.Ordinal);
        Assert.Contains("1 document: 0 exported, 1 up to date", large.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_lists_every_handout_the_folder_holds_with_this_runs_status()
    {
        _repo.Write("content/handout.yml", "organization: C\ncontact: D\n");
        var first = _repo.Write("content/first.md", Article.Replace("Your visit", "First handout", StringComparison.Ordinal));
        var second = _repo.Write("content/second.md", Article.Replace("Your visit", "Second handout", StringComparison.Ordinal));

        CliRunner.Run("export", first, "-f", "html", "-o", _repo.Output);
        CliRunner.Run("export", second, "-f", "html", "-o", _repo.Output);

        var index = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_repo.Output, "index.html")));
        var rows = index.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Second handout", rows[0], StringComparison.Ordinal);
        Assert.Contains("exported", rows[0], StringComparison.Ordinal);
        Assert.Contains("First handout", rows[1], StringComparison.Ordinal);
        Assert.Contains("not in this run", rows[1], StringComparison.Ordinal);
        Assert.Equal("first.html", index.QuerySelectorAll("tbody tr")[1].QuerySelector("a")!.GetAttribute("href"));

        File.Delete(Path.Combine(_repo.Output, "first.html"));
        CliRunner.Run("export", second, "-f", "html", "-o", _repo.Output);
        index = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_repo.Output, "index.html")));
        Assert.Single(index.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public void The_index_groups_this_runs_language_versions_and_still_lists_the_folders_earlier_documents()
    {
        _repo.Write("content/handout.yml", "organization: C\ncontact: D\n");
        var earlier = _repo.Write("content/earlier.md", Article.Replace("Your visit", "Earlier handout", StringComparison.Ordinal));
        var english = _repo.Write("content/sun-care.md", "---\ntitle: Sun care\nlanguage: en\nreviewed: 2026-10-01\n---\nUse sunscreen every day.\n");
        var spanish = _repo.Write("content/cuidado-solar.md",
            "---\ntitle: Cuidado del sol\nlanguage: es\nreviewed: 2026-10-01\ntranslationOf: sun-care.md\n---\nUse crema solar todos los días.\n");

        CliRunner.Run("export", earlier, "-f", "html", "-o", _repo.Output);
        var run = CliRunner.Run("export", english, spanish, "-f", "html", "-o", _repo.Output);
        Assert.Equal(0, run.ExitCode);

        var index = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_repo.Output, "index.html")));
        var group = Assert.Single(index.QuerySelectorAll("tbody.versions"));
        Assert.StartsWith("Language versions of one article (2)", group.QuerySelector("th[scope=rowgroup]")!.TextContent, StringComparison.Ordinal);
        var grouped = group.QuerySelectorAll("tr th[scope=row]").Select(th => th.TextContent).ToList();
        Assert.Equal(2, grouped.Count);
        Assert.All(grouped, title => Assert.DoesNotContain("Earlier handout", title, StringComparison.Ordinal));
        var rows = index.QuerySelectorAll("tbody tr");
        var last = rows[^1];
        Assert.Contains("Earlier handout", last.TextContent, StringComparison.Ordinal);
        Assert.Contains("not in this run", last.TextContent, StringComparison.Ordinal);
        Assert.Equal("earlier.html", last.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("2 documents: 2 exported", index.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 more document exported to this folder by earlier runs is listed after them", index.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_fingerprints_survive_moved_lines_changed_counts_and_asides()
    {
        var before = new Diagnostic(Severity.Warning, "readability.long-sentence", "sentence of 29 words (the longest): \"There is some …\"", "a.txt", 31);
        var after = before with { Message = "sentence of 30 words: \"There is some …\"", Line = 40 };
        Assert.Equal(Baseline.Fingerprint(before), Baseline.Fingerprint(after));
        Assert.NotEqual(Baseline.Fingerprint(before), Baseline.Fingerprint(after with { Message = "sentence of 30 words: \"Another …\"" }));

        var folder = _repo.Root;
        var source = Path.Combine(folder, "a.txt");
        var baseline = Baseline.Of(folder, [(source, [before, before with { Line = 50 }])]);
        Assert.Equal(2, baseline.Count);
        var split = baseline.Split(source, [after, after, after]);
        Assert.Equal(2, split.Accepted.Count);
        Assert.Single(split.New);
        Assert.Single(baseline.Split(Path.Combine(folder, "b.txt"), [after]).New);

        var path = Path.Combine(folder, Baseline.FileName);
        baseline.Save(path);
        Assert.Equal(2, Baseline.Load(path).Split(source, [after, after]).Accepted.Count);
    }
}
