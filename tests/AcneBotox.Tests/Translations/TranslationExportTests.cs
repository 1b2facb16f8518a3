using System.Text.Json;
using AcneBotox.Cli;
using AcneBotox.Core.Translations;
using AcneBotox.Tests.Localization;
using AngleSharp.Html.Parser;

namespace AcneBotox.Tests.Translations;

/// <summary>
/// An English article and its Spanish translation (fixtures written here: the bundled Spanish article is not a
/// translation of the bundled English one) exported as one batch: linked both ways, grouped on the index page, and
/// the translation reported as stale when its source was reviewed after it.
/// </summary>
public sealed class TranslationExportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-translations-").FullName;
    private readonly string _content;

    public TranslationExportTests()
    {
        _content = Path.Combine(_root, "content");
        Directory.CreateDirectory(Path.Combine(_content, "es"));
        File.WriteAllText(Path.Combine(_content, "sun-care.md"),
            "---\ntitle: Sun care after a peel\nlanguage: en\nreviewed: 2026-10-01\n---\n"
            + "This handout explains how you protect your skin from the sun after a chemical peel. Use sunscreen every day. "
            + "Wear a hat when you go out. Stay in the shade at midday. Call us if your skin blisters or burns.\n");
        File.WriteAllText(Path.Combine(_content, "es", "cuidado-solar.md"),
            "---\ntitle: Cuidado del sol después de un peeling\nlanguage: es\nreviewed: 2026-03-01\ntranslationOf: ../sun-care.md\n---\n"
            + "Este folleto explica cómo proteger la piel del sol después de un peeling químico. Use crema solar todos los días. "
            + "Lleve sombrero cuando salga. Quédese a la sombra a mediodía. Llámenos si la piel tiene ampollas o se quema.\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private (int Code, string Stderr, string Out) Export(params string[] extra)
    {
        var output = Path.Combine(_root, "out");
        var (code, _, stderr) = Cli(["export", _content, "-o", output, "-f", "html", "-q", .. extra]);
        return (code, stderr, output);
    }

    [Fact]
    public void The_two_versions_link_to_each_other_with_hreflang_alternates_and_a_localized_switcher()
    {
        var (code, stderr, output) = Export();
        Assert.True(code == 0, stderr);
        var parser = new HtmlParser();
        var english = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "sun-care.html")));
        var spanish = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "cuidado-solar.html")));

        foreach (var page in new[] { english, spanish })
        {
            // Both versions, in input order (the es folder sorts first), on both pages.
            var alternates = page.QuerySelectorAll("link[rel=alternate]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
            Assert.Equal([("es", "cuidado-solar.html"), ("en", "sun-care.html")], alternates);
        }
        var englishSwitch = english.QuerySelector("header nav.languages")!;
        Assert.Equal("This handout in other languages", englishSwitch.GetAttribute("aria-label"));
        var toSpanish = Assert.Single(englishSwitch.QuerySelectorAll("a"));
        Assert.Equal(("cuidado-solar.html", "es", "Español"), (toSpanish.GetAttribute("href"), toSpanish.GetAttribute("lang"), toSpanish.TextContent));

        var spanishSwitch = spanish.QuerySelector("header nav.languages")!;
        Assert.Equal("Este folleto en otros idiomas", spanishSwitch.GetAttribute("aria-label"));
        var toEnglish = Assert.Single(spanishSwitch.QuerySelectorAll("a"));
        Assert.Equal(("sun-care.html", "en", "English"), (toEnglish.GetAttribute("href"), toEnglish.GetAttribute("lang"), toEnglish.TextContent));
        Assert.Equal("page", spanishSwitch.QuerySelector("[aria-current]")!.GetAttribute("aria-current"));
        // The switcher's own words are Spanish on the Spanish handout.
        Assert.Null(EnglishFragments.Find(spanish.Body!.TextContent));
    }

    [Fact]
    public void The_index_page_lists_the_versions_together()
    {
        File.WriteAllText(Path.Combine(_content, "another.md"), "---\ntitle: Another handout\n---\nSome text you can read.\n");
        var (_, _, output) = Export();
        var index = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        var group = Assert.Single(index.QuerySelectorAll("tbody.versions"));
        Assert.Equal("Language versions of one article (2): Español, English", group.QuerySelector("th[scope=rowgroup]")!.TextContent);
        var titles = group.QuerySelectorAll("tr th[scope=row]").Select(th => th.TextContent).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Contains(titles, t => t.StartsWith("Sun care after a peel", StringComparison.Ordinal) && t.EndsWith("(en)", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Cuidado del sol", StringComparison.Ordinal) && t.EndsWith("(es)", StringComparison.Ordinal));
        Assert.DoesNotContain("Another handout", group.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_reviewed_before_its_source_is_stale_in_the_terminal_the_report_and_check()
    {
        var report = Path.Combine(_root, "report.json");
        var (_, stderr, _) = Export("--report", report);
        var line = Assert.Single(stderr.Split('\n'), l => l.Contains("stale translation", StringComparison.Ordinal));
        foreach (var part in new[] { "cuidado-solar.md", "reviewed 2026-03-01", "sun-care.md", "reviewed 2026-10-01" })
            Assert.Contains(part, line, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var stale = json.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("warnings").EnumerateArray().Select(w => (Source: d.GetProperty("source").GetString()!, Rule: w.GetProperty("rule").GetString())))
            .Where(w => w.Rule == TranslationIndex.StaleRule).ToList();
        Assert.EndsWith("cuidado-solar.md", Assert.Single(stale).Source, StringComparison.Ordinal);

        // A second run serves both from the cache and still says it.
        Assert.Contains("stale translation", Export().Stderr, StringComparison.Ordinal);

        var (_, checkOut, _) = Cli("check", _content);
        Assert.Contains("stale translation", checkOut, StringComparison.Ordinal);
        Assert.Contains("2026-10-01", checkOut, StringComparison.Ordinal);
    }

    [Fact]
    public void An_up_to_date_translation_gets_no_warning_and_a_shared_id_links_versions_without_a_source()
    {
        var spanish = Path.Combine(_content, "es", "cuidado-solar.md");
        File.WriteAllText(spanish, File.ReadAllText(spanish).Replace("reviewed: 2026-03-01\ntranslationOf: ../sun-care.md", "reviewed: 2026-11-01\nid: sun-care", StringComparison.Ordinal));
        var english = Path.Combine(_content, "sun-care.md");
        File.WriteAllText(english, File.ReadAllText(english).Replace("language: en", "language: en\nid: sun-care", StringComparison.Ordinal));
        var (code, stderr, output) = Export();
        Assert.True(code == 0, stderr);
        Assert.DoesNotContain("stale translation", stderr, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "sun-care.html")));
        Assert.Equal(2, page.QuerySelectorAll("link[rel=alternate]").Length);
    }

    [Fact]
    public void A_translation_of_an_article_not_in_the_run_is_a_warning_and_the_handout_has_no_switcher()
    {
        File.Delete(Path.Combine(_content, "sun-care.md"));
        var (_, stderr, output) = Export();
        Assert.Contains("names no article of this run", stderr, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "cuidado-solar.html")));
        Assert.Null(page.QuerySelector("nav.languages"));
        Assert.Empty(page.QuerySelectorAll("link[rel=alternate]"));
    }
}
