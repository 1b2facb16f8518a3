using System.Text.RegularExpressions;
using AcneBotox.Conformance.Tests.Parity;

namespace AcneBotox.Conformance.Tests.Scripts;

/// <summary>
/// Issue 16, "done when": handouts in seven languages and one full of symbols and emoji export to every format with
/// no "?" and no substitution warning when the fallback fonts are installed, read back (pdftotext, PdfPig, Open XML
/// SDK, AngleSharp) as their source text in order, and pass the PDF/UA machine checks (qpdf, pdffonts embedded with
/// Unicode maps, no U+FFFD or private-use characters); with the fallbacks taken away a warning names what is missing.
/// </summary>
public sealed partial class ScriptConformanceTests : IDisposable
{
    private const string MissingGlyph = "no font has a glyph for";

    private readonly ScriptExport _export = new();

    public void Dispose() => _export.Dispose();

    public static TheoryData<string> Handouts => ScriptHandouts.Names();

    [Theory]
    [MemberData(nameof(Handouts))]
    public void Exports_every_character_with_installed_fonts_and_passes_the_pdf_checks(string name)
    {
        var pdftotext = RealClient.Require("pdftotext", "Debian package 'poppler-utils'");
        var pdffonts = RealClient.Require("pdffonts", "Debian package 'poppler-utils'");
        var qpdf = RealClient.Require("qpdf", "Debian package 'qpdf'");
        RequireFallbackFonts();
        var (pdf, docx, html, messages) = _export.Export(name);

        Assert.DoesNotContain(MissingGlyph, messages, StringComparison.Ordinal);
        var check = RealClient.Run(qpdf, ["--check", pdf]);
        Assert.True(check.ExitCode == 0, $"qpdf --check {name}: {check.StandardOutput}{check.StandardError}");

        var fonts = RealClient.Run(pdffonts, [pdf]).StandardOutput.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        foreach (var font in fonts)
        {
            // name type encoding emb sub uni object ID: the three flags are the 3rd to 5th fields from the end.
            var fields = font.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(fields[^5] == "yes" && fields[^3] == "yes", $"{name}: font not embedded with a Unicode map: {font}");
        }

        var source = ScriptHandouts.SourceText(name);
        var sourceQuestionMarks = source.Sum(u => u.Count(c => c == '?'));
        var poppler = RealClient.Run(pdftotext, ["-enc", "UTF-8", pdf, "-"]).StandardOutput;
        foreach (var (reader, text) in new[] { ("pdftotext", poppler), ("PdfPig", OutputText.Pdf(pdf)), ("Word", OutputText.Docx(docx)), ("HTML", OutputText.Html(html)) })
        {
            Assert.Empty(ScriptHandouts.Replacements(text));
            Assert.True(text.Count(c => c == '?') <= sourceQuestionMarks, $"{name}: {reader} text has more '?' than the source ({sourceQuestionMarks})");
        }
    }

    [Theory]
    [MemberData(nameof(Handouts))]
    public void Every_format_reads_back_the_source_text_in_order(string name)
    {
        var pdftotext = RealClient.Require("pdftotext", "Debian package 'poppler-utils'");
        RequireFallbackFonts();
        var (pdf, docx, html, _) = _export.Export(name);
        var source = ScriptHandouts.SourceText(name);

        Assert.Null(ScriptHandouts.FirstMissing(source, OutputText.Docx(docx)));
        Assert.Null(ScriptHandouts.FirstMissing(source, OutputText.Html(html)));
        Assert.Null(ScriptHandouts.FirstMissing(source, OutputText.Pdf(pdf)));
        // pdftotext reads by position: where table cells wrap, it interleaves the lines of neighbouring cells, so its
        // text is compared without the table, and every word of every cell must still be there.
        // In a right-to-left page pdftotext marks each stretch it reverses with U+202B ... U+202C (and left-to-right ones
        // with U+202A): directional formatting, not text, so it goes.
        var poppler = WithoutEmbeddingMarks(RealClient.Run(pdftotext, ["-enc", "UTF-8", pdf, "-"]).StandardOutput);
        Assert.Null(ScriptHandouts.FirstMissing(ScriptHandouts.SourceText(name, tables: false), poppler));
        var cellWords = source.Except(ScriptHandouts.SourceText(name, tables: false)).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // Spacing is compared away here too: in right-to-left text poppler puts a comma after the space that follows it.
        var squeezed = ScriptHandouts.Squeeze(poppler);
        Assert.All(cellWords, word => Assert.Contains(word, squeezed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh-cuochuang-pifu-huli.md", "fonts: [./empty-fonts]\n", '痤')]
    [InlineData("ru-uhod-za-kozhej-pri-akne.md", "fonts: []\n", 'ж')]
    [InlineData("en-symbols-and-emoji.md", "fonts: []\n", '☐')]
    public void Without_fallback_fonts_a_warning_names_the_character_and_the_fonts_tried(string name, string settings, char missing)
    {
        var (_, _, _, messages) = _export.Export(name, settings);

        var warning = messages.Split('\n').FirstOrDefault(l => l.Contains($"{MissingGlyph} U+{(int)missing:X4}", StringComparison.Ordinal));
        Assert.True(warning is not null, $"no warning for U+{(int)missing:X4}:\n{messages}");
        Assert.Contains("fonts tried: Atkinson Hyperlegible", warning, StringComparison.Ordinal);
        Assert.Contains(name, warning, StringComparison.Ordinal);
        Assert.Matches(InstallHint(), warning);
    }

    [Theory]
    [MemberData(nameof(Handouts))]
    public void Each_language_handout_is_a_real_handout(string name)
    {
        var source = ScriptHandouts.SourceText(name);
        var markdown = File.ReadAllText(Path.Combine(ScriptHandouts.Folder, name));
        var words = name.StartsWith("zh-", StringComparison.Ordinal)
            ? source.Sum(u => u.Count(c => c is >= '\u4E00' and <= '\u9FFF')) / 2 // about two characters a word
            : source.Sum(u => u.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(words >= 300, $"{name}: about {words} words");
        Assert.Contains("\n## ", markdown, StringComparison.Ordinal);
        Assert.Contains("\n- ", markdown, StringComparison.Ordinal);
        Assert.Contains("\n|---", markdown, StringComparison.Ordinal);
        Assert.Matches(PhoneNumber(), markdown);
    }

    private static string WithoutEmbeddingMarks(string text) => EmbeddingMarks().Replace(text, "");

    private static void RequireFallbackFonts()
    {
        foreach (var (file, package) in new[] { ("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "fonts-noto-core"),
                     ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "fonts-droid-fallback"),
                     ("/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf", "fonts-symbola") })
            RealClient.RequireFile(file, $"Debian package '{package}'");
    }

    [GeneratedRegex("[\u202A-\u202E]")]
    private static partial Regex EmbeddingMarks();

    [GeneratedRegex(@"install a font|fonts:")]
    private static partial Regex InstallHint();

    [GeneratedRegex(@"\d{3}[- ]\d{3,4}[- ]?\d{0,4}")]
    private static partial Regex PhoneNumber();
}
