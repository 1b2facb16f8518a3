using System.Text.Json;
using System.Text.RegularExpressions;

namespace AcneBotox.Conformance.Tests.Pdf;

/// <summary>The seed handout PDF as poppler and qpdf see it.</summary>
public sealed class PdfConformanceTests(SeedPdfFixture fixture) : IClassFixture<SeedPdfFixture>
{
    private const string Poppler = "apt-get install poppler-utils";

    [Fact]
    public void Poppler_reports_a_tagged_A4_file_of_at_most_two_pages()
    {
        var pdfinfo = RealClient.Require("pdfinfo", Poppler);
        var info = Run(pdfinfo, fixture.Export("a4"));

        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
        Assert.Matches(@"(?m)^Page size:\s+595 x 842 pts", info);
        var pages = int.Parse(Regex.Match(info, @"(?m)^Pages:\s+(\d+)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 1, 2);
        Assert.Matches(@"(?m)^Title:\s+Can Botox Help Acne In 2023\?$", info);
    }

    [Fact]
    public void Letter_paper_gives_612_by_792_point_pages()
    {
        var pdfinfo = RealClient.Require("pdfinfo", Poppler);
        var info = Run(pdfinfo, fixture.Export("letter", "--paper", "letter"));

        Assert.Matches(@"(?m)^Page size:\s+612 x 792 pts", info);
    }

    [Fact]
    public void Large_print_is_written_next_to_the_default_name()
    {
        var path = fixture.Export("large", "--large-print");

        Assert.Equal("can-botox-help-acne.large-print.pdf", Path.GetFileName(path));
    }

    [Fact]
    public void Every_font_is_embedded_with_a_unicode_map()
    {
        var pdffonts = RealClient.Require("pdffonts", Poppler);
        var rows = Run(pdffonts, fixture.Export("a4")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            // name type encoding emb sub uni object-id: the last five columns are fixed.
            var columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(columns[^5] == "yes" && columns[^3] == "yes", $"font not embedded with Unicode map: {row}");
        }
    }

    [Fact]
    public void Pdftotext_reads_the_sections_in_article_order()
    {
        var pdftotext = RealClient.Require("pdftotext", Poppler);
        var text = RealClient.Run(pdftotext, [fixture.Export("a4"), "-"]).StandardOutput;

        string[] headings = ["Can Botox Help Acne In 2023?", "Introduction", "What is Botox?", "How Does Botox Work?", "Can Botox Help Acne?",
            "How Is Botox Used for Acne?", "What Are the Risks of Using Botox for Acne?", "Conclusion"];
        var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Acne is a common skin condition that affects millions of people worldwide.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Qpdf_check_finds_no_errors_or_warnings()
    {
        var qpdf = RealClient.Require("qpdf", "apt-get install qpdf");
        var outcome = RealClient.Run(qpdf, ["--check", fixture.Export("a4")]);

        Assert.True(outcome.ExitCode == 0, outcome.StandardOutput + outcome.StandardError);
        Assert.DoesNotContain("WARNING", outcome.StandardOutput + outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_structure_tree_has_one_H1_and_the_seven_section_headings_as_H2()
    {
        var qpdf = RealClient.Require("qpdf", "apt-get install qpdf");
        var tags = StructureTags(qpdf, fixture.Export("a4"));

        Assert.Equal(1, tags.Count(t => t == "/H1"));
        Assert.Equal(7, tags.Count(t => t == "/H2"));
        Assert.DoesNotContain(tags, t => Regex.IsMatch(t, "^/H[3-6]$"));
        Assert.Contains("/P", tags);
    }

    [Fact]
    public void The_tagged_text_reads_across_line_breaks_and_leaves_out_header_and_footer()
    {
        var pdfinfo = RealClient.Require("pdfinfo", Poppler);
        var outcome = RealClient.Run(pdfinfo, ["-struct-text", fixture.Export("a4")]);

        // Header band and footer are artifacts: they are on the page but not in the structure tree.
        Assert.DoesNotContain("Page 1 of", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Riverside Dermatology Clinic\"", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", RealClient.Run(RealClient.Require("pdftotext", Poppler), [fixture.Export("a4"), "-"]).StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\"Acne is a common skin condition that affects millions of people worldwide. It can be frustrating to deal with, " +
            "especially when it seems like nothing you do is working.", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Bookmarks_follow_the_headings_and_point_at_them()
    {
        var qpdf = RealClient.Require("qpdf", "apt-get install qpdf");
        var json = RealClient.Run(qpdf, ["--json", "--json-key=outlines", fixture.Export("a4")]).StandardOutput;
        using var document = JsonDocument.Parse(json);
        var title = Assert.Single(document.RootElement.GetProperty("outlines").EnumerateArray());

        Assert.Equal("Can Botox Help Acne In 2023?", title.GetProperty("title").GetString());
        var sections = title.GetProperty("kids").EnumerateArray().Select(k => k.GetProperty("title").GetString()).ToList();
        Assert.Equal(7, sections.Count);
        Assert.Equal("Introduction", sections[0]);
        Assert.Equal("/XYZ", title.GetProperty("dest")[1].GetString());
    }

    [Fact]
    public void Two_exports_give_identical_bytes()
    {
        var first = File.ReadAllBytes(fixture.Export("run1"));
        var second = File.ReadAllBytes(fixture.Export("run2"));

        Assert.Equal(first, second);
    }

    private static string Run(string program, string file)
    {
        var outcome = RealClient.Run(program, [file]);
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
        return outcome.StandardOutput;
    }

    /// <summary>The /S of every structure element (a dictionary with /S and /P), from qpdf's JSON.</summary>
    private static List<string> StructureTags(string qpdf, string file)
    {
        var json = RealClient.Run(qpdf, ["--json", "--json-key=qpdf", file]).StandardOutput;
        using var document = JsonDocument.Parse(json);
        var objects = document.RootElement.GetProperty("qpdf")[1];
        var tags = new List<string>();
        foreach (var entry in objects.EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object) continue;
            if (value.TryGetProperty("/S", out var s) && value.TryGetProperty("/P", out _) && s.ValueKind == JsonValueKind.String)
                tags.Add(s.GetString()!);
        }
        return tags;
    }
}
