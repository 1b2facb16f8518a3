using System.Text.RegularExpressions;
using AcneBotox.Cli;

namespace AcneBotox.Conformance.Tests.Bidi;

/// <summary>Right-to-left handouts as PDF, judged by poppler and qpdf.</summary>
public sealed class BidiPdfConformanceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-bidi-pdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Export(string name)
    {
        var stderr = new StringWriter();
        var code = CliApp.Run(["export", BidiDocxConformanceTests.Handout(name), "-f", "pdf", "-o", _folder], new StringWriter(), stderr);
        Assert.True(code == CliApp.ExitOk, $"export failed ({code}): {stderr}");
        Assert.DoesNotContain("pdf.missing-glyph", stderr.ToString(), StringComparison.Ordinal);
        return Path.Combine(_folder, Path.ChangeExtension(name, ".pdf"));
    }

    // pdftotext writes each right-to-left stretch in logical order between U+202B and U+202C; drop those marks,
    // the punctuation and the spacing, and compare words.
    private static string[] Words(string text) =>
        [.. Regex.Split(text.Replace("\u202B", " ", StringComparison.Ordinal).Replace("\u202C", " ", StringComparison.Ordinal), @"[\s\p{P}]+")
            .Where(w => w.Length > 0).Order(StringComparer.Ordinal)];

    [Fact]
    public void Pdftotext_gives_back_every_word_of_the_hebrew_handout_as_written()
    {
        var pdftotext = RealClient.Require("pdftotext", "apt-get install poppler-utils");
        var pdf = Export("he.md");
        var extracted = RealClient.Run(pdftotext, [pdf, "-"]).StandardOutput;
        var source = File.ReadAllText(BidiDocxConformanceTests.Handout("he.md"));
        var body = source[(source.IndexOf("---", 3, StringComparison.Ordinal) + 3)..].Replace("## ", "", StringComparison.Ordinal);
        var title = Regex.Match(source, "title: (.+)").Groups[1].Value;
        var missing = Words(title + "\n" + body).Except(Words(extracted), StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"words not given back: {string.Join(", ", missing)}\n{extracted}");
    }

    [Theory]
    [InlineData("ar.md")]
    [InlineData("he.md")]
    public void The_right_to_left_pdf_passes_qpdf_and_embeds_every_font_with_a_unicode_map(string name)
    {
        var pdf = Export(name);
        var qpdf = RealClient.Run(RealClient.Require("qpdf", "apt-get install qpdf"), ["--check", pdf]);
        Assert.True(qpdf.ExitCode == 0, qpdf.StandardOutput + qpdf.StandardError);
        var fonts = RealClient.Run(RealClient.Require("pdffonts", "apt-get install poppler-utils"), [pdf]).StandardOutput
            .Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.Contains(fonts, f => f.Contains(name == "ar.md" ? "Arabic" : "Hebrew", StringComparison.Ordinal));
        // Columns: name, type, encoding, emb, sub, uni, object, generation.
        Assert.All(fonts, f => Assert.Matches(@"\byes\s+yes\s+yes\s+\d+\s+\d+\s*$", f));
        var text = RealClient.Run(RealClient.Require("pdftotext", "apt-get install poppler-utils"), [pdf, "-"]).StandardOutput;
        Assert.DoesNotContain('\uFFFD', text);
        Assert.DoesNotMatch(@"[\uE000-\uF8FF]", text);
        Assert.Contains("Botox", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_arabic_lines_are_set_from_the_right()
    {
        var pdf = Export("ar.md");
        var bbox = RealClient.Run(RealClient.Require("pdftotext", "apt-get install poppler-utils"), ["-bbox-layout", pdf, "-"]).StandardOutput;
        // Every line of the body paragraph ends at the right margin (A4 595 pt wide, 72 pt margins): xMax near 523.
        // Right-to-left glyphs are written in logical order, so poppler keeps each one a word of its own: a line's text
        // is its words joined (in visual order, left to right).
        var lines = Regex.Matches(bbox, @"<line xMin=""([\d.]+)"" yMin=""[\d.]+"" xMax=""([\d.]+)""[^>]*>(.*?)</line>", RegexOptions.Singleline)
            .Select(m => (XMin: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                XMax: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                Word: string.Concat(Regex.Matches(m.Groups[3].Value, "<word[^>]*>([^<]*)</word>").Select(w => w.Groups[1].Value)))).ToList();
        // Table cells are left out: only the first column ends at the margin (BidiMirroringConformanceTests checks the columns).
        string[] cells = ["الدواء", "الجرعة", "وحدة"];
        var arabicLines = lines.Where(l => Regex.IsMatch(l.Word, @"\p{IsArabic}")
            && !cells.Any(c => l.Word.Contains(c, StringComparison.Ordinal) || new string(l.Word.Reverse().ToArray()).Contains(c, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(arabicLines);
        Assert.All(arabicLines, l => Assert.InRange(l.XMax, 515, 524));
        // The Latin reference line stays at the left margin.
        Assert.Contains(lines, l => l.Word.StartsWith("Journal", StringComparison.Ordinal) && l.XMin < 80);
    }
}
