using AcneBotox.Cli.Preview;
using AcneBotox.Core.Pipeline;

namespace AcneBotox.Tests.Preview;

/// <summary>The preview's builds and where it marks the findings in the source.</summary>
public sealed class PreviewWorkspaceTests : IDisposable
{
    private const string Article = """
        ---
        title: After your treatment
        reviewed: 2026-10-01
        ---
        ## Washing

        Wash your face with cool water. You can utilize a mild soap.

        ## Redness

        For the first two days your skin may look red and feel warm and a little tight, and this is normal after the treatment we gave you today.

        The cream was applied by the nurse.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-workspace-").FullName;

    public PreviewWorkspaceTests()
    {
        File.WriteAllText(Path.Combine(_folder, "after.md"), Article);
        File.WriteAllText(Path.Combine(_folder, "other.md"), "# Other\n\nA short page for you.\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_first_build_exports_every_format_into_a_temporary_folder_that_is_removed_afterwards()
    {
        string output;
        using (var workspace = new PreviewWorkspace(new PreviewRequest(_folder, null, 0, false)))
        {
            output = workspace.OutputFolder;
            var snapshot = workspace.Rebuild(null);
            Assert.Equal(1, snapshot.Version);
            Assert.Equal(["after.md", "other.md"], snapshot.Documents.Select(d => d.Key));
            var document = snapshot.Find("after.md")!;
            Assert.Equal(DocumentStatus.Ok, document.Result.Status);
            Assert.Equal(["html", "pdf", "docx"], document.Outputs.Select(o => o.Format));
            Assert.All(document.Outputs, o => Assert.StartsWith(output, o.Path, StringComparison.Ordinal));
            Assert.NotNull(document.Analysis);
        }
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Jargon_long_and_passive_sentences_are_marked_where_they_stand()
    {
        using var workspace = new PreviewWorkspace(new PreviewRequest(_folder, null, 0, false));
        var document = workspace.Rebuild(null).Find("after.md")!;
        var text = document.SourceText!;

        var marks = SourceMarker.Find(document);

        string Marked(string kind) => string.Join(" | ", marks.Spans.Where(s => s.Kind == kind).Select(s => text[s.Start..s.End]));
        Assert.Equal("utilize", Marked(MarkKinds.Jargon));
        Assert.Equal("For the first two days your skin may look red and feel warm and a little tight, and this is normal after the treatment we gave you today",
            Marked(MarkKinds.LongSentence));
        Assert.Equal("The cream was applied by the nurse", Marked(MarkKinds.Passive));
        // Each finding with a line sits under that line; the page lists it there and marks the text.
        var jargonLine = text.Split('\n').ToList().FindIndex(l => l.Contains("utilize", StringComparison.Ordinal)) + 1;
        Assert.Contains(marks.ByLine[jargonLine], f => f.Rule == "plain.jargon");
        var page = PreviewPage.Render(workspace.Current, "after.md");
        Assert.Contains("<mark class=\"jargon\">utilize</mark>", page, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"L{jargonLine}\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_one_article_rebuilds_only_that_one()
    {
        using var workspace = new PreviewWorkspace(new PreviewRequest(_folder, null, 0, false));
        var first = workspace.Rebuild(null);
        var after = Path.Combine(_folder, "after.md");
        File.WriteAllText(after, Article.Replace("utilize", "use", StringComparison.Ordinal));

        var second = workspace.Rebuild(new HashSet<string> { after });

        // Published twice: the HTML and findings first, then the PDF and Word files.
        Assert.Equal(3, second.Version);
        Assert.Equal(["html", "pdf", "docx"], second.Find("after.md")!.Outputs.Select(o => o.Format));
        Assert.All(second.Find("after.md")!.Outputs, o => Assert.NotEqual(first.Find("after.md")!.Output(o.Format)!.Sha256, o.Sha256));
        Assert.Same(first.Find("other.md"), second.Find("other.md"));
        Assert.NotSame(first.Find("after.md"), second.Find("after.md"));
        Assert.DoesNotContain(second.Find("after.md")!.Findings, f => f.Rule == "plain.jargon");
    }

    [Fact]
    public void A_broken_settings_file_keeps_the_last_build_and_says_what_is_wrong()
    {
        using var workspace = new PreviewWorkspace(new PreviewRequest(_folder, null, 0, false));
        var first = workspace.Rebuild(null);
        var settings = Path.Combine(_folder, "handout.yml");
        File.WriteAllText(settings, "organization: [unclosed\n");

        var second = workspace.Rebuild(new HashSet<string> { settings });

        Assert.Equal(2, second.Version);
        Assert.Same(first.Documents, second.Documents);
        var problem = Assert.Single(second.SetupDiagnostics);
        Assert.Contains("handout.yml", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_waiting_page_hears_of_the_next_build()
    {
        using var workspace = new PreviewWorkspace(new PreviewRequest(_folder, null, 0, false));
        workspace.Rebuild(null);
        var waiting = workspace.WaitForNewerAsync(1, TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);

        workspace.Rebuild(new HashSet<string> { Path.Combine(_folder, "other.md") });

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken) >= 2);
    }
}
