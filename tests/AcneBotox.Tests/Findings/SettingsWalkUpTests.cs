using AcneBotox.Core.Settings;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Findings;

/// <summary><c>handout.yml</c> is found as <c>.editorconfig</c> is: from each input's folder up to the repository root.</summary>
public sealed class SettingsWalkUpTests : IDisposable
{
    private readonly ScratchRepo _repo = new("walkup");

    public void Dispose() => _repo.Dispose();

    private const string Article = "---\ntitle: Caring for your skin\n---\nYou can wash your face with cool water.\n";

    [Fact]
    public void A_file_outside_content_picks_up_the_nearest_handout_yml_above_it()
    {
        _repo.Write("handout.yml", "organization: Far Away Clinic\ncontact: Call 555-0100\n");
        _repo.Write("notes/handout.yml", "organization: Walk-Up Clinic\ncontact: Call 555-0199\n");
        var article = _repo.Write("notes/deep/er/skin.md", Article);

        var run = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(_repo.Output, "skin.html"));
        Assert.Contains("Walk-Up Clinic", html, StringComparison.Ordinal);
        Assert.Contains("555-0199", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Far Away Clinic", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SettingsLookup.PlaceholderRule, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("placeholder", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_handout_yml_up_to_the_repository_root_a_warning_names_what_is_missing()
    {
        var article = _repo.Write("notes/skin.md", Article);

        var run = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output);

        Assert.Equal(0, run.ExitCode);
        var warning = Assert.Single(run.ErrorLines, l => l.Contains("no handout.yml found", StringComparison.Ordinal));
        Assert.Contains("warning:", warning, StringComparison.Ordinal);
        Assert.Contains("'Your Clinic'", warning, StringComparison.Ordinal);
        Assert.Contains("no contact line", warning, StringComparison.Ordinal);
        Assert.Contains("Your Clinic", File.ReadAllText(Path.Combine(_repo.Output, "skin.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_settings_file_without_organization_or_contact_is_named_with_what_it_lacks()
    {
        _repo.Write("handout.yml", "paper: letter\n");
        var article = _repo.Write("skin.md", Article);

        var run = CliRunner.Run("check", article);

        var warning = Assert.Single(run.ErrorLines, l => l.Contains("no 'organization'", StringComparison.Ordinal));
        Assert.Contains("handout.yml", warning, StringComparison.Ordinal);
        Assert.Contains("no 'contact'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_stops_at_the_repository_root_and_settings_wins_over_it()
    {
        _repo.Write("handout.yml", "organization: Outside The Repository\n");
        var inner = Path.Combine(_repo.Root, "inner");
        Directory.CreateDirectory(Path.Combine(inner, ".git"));
        var article = _repo.Write("inner/docs/skin.md", Article);
        Assert.Null(HandoutSettingsLoader.FindNearest(Path.GetDirectoryName(article)!));

        var named = _repo.Write("elsewhere/brand.yml", "organization: Named Clinic\ncontact: Call 555-0142\n");
        _repo.Write("inner/docs/handout.yml", "organization: Nearest Clinic\n");
        Assert.Equal(Path.Combine(inner, "docs", "handout.yml"), HandoutSettingsLoader.FindNearest(Path.GetDirectoryName(article)!));

        var run = CliRunner.Run("export", article, "-f", "html", "-o", _repo.Output, "--settings", named);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Named Clinic", File.ReadAllText(Path.Combine(_repo.Output, "skin.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Files_under_different_settings_in_one_run_each_get_their_own()
    {
        _repo.Write("a/handout.yml", "organization: Clinic A\ncontact: Call 555-0101\n");
        _repo.Write("b/handout.yml", "organization: Clinic B\ncontact: Call 555-0102\n");
        _repo.Write("a/first.md", Article);
        _repo.Write("b/second.md", Article);

        var run = CliRunner.Run("export", Path.Combine(_repo.Root, "a"), Path.Combine(_repo.Root, "b"),
            "-f", "html", "-o", _repo.Output);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Clinic A", File.ReadAllText(Path.Combine(_repo.Output, "first.html")), StringComparison.Ordinal);
        Assert.Contains("Clinic B", File.ReadAllText(Path.Combine(_repo.Output, "second.html")), StringComparison.Ordinal);
    }
}
