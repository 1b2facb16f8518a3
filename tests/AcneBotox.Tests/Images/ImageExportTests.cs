using System.Text;
using AcneBotox.Cli;
using AcneBotox.Tests.BadInput;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Images;

/// <summary>
/// Issue 12, "ordinary images fail the document": one article holding every PNG kind, the JPEG variants
/// and broken images exports through the real CLI. Good images are embedded in every format, each broken
/// one is one warning naming it, and nothing fails, crashes or is left behind.
/// </summary>
public sealed class ImageExportTests : IDisposable
{
    private readonly ImageWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void An_article_with_every_image_kind_exports_with_a_warning_per_broken_image()
    {
        var good = new List<string>();
        foreach (var (color, depth) in new[] { (0, 1), (0, 2), (0, 4), (0, 8), (0, 16), (2, 8), (2, 16), (3, 1), (3, 2), (3, 4), (3, 8), (4, 8), (4, 16), (6, 8), (6, 16) })
            foreach (var interlaced in new[] { false, true })
            {
                var name = $"png-{color}-{depth}{(interlaced ? "-interlaced" : "")}.png";
                _workspace.Add(name, TestPng.Write(30 + color, 20 + depth, color, depth, interlaced));
                good.Add(name);
            }
        foreach (var jpeg in new[] { "baseline.jpg", "progressive.jpg", "grey.jpg", "cmyk.jpg", "cmyk-progressive.jpg" })
        {
            _workspace.Add(jpeg, File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, jpeg)));
            good.Add(jpeg);
        }
        var png = TestPng.Write(40, 40, 2, 8);
        var cmyk = File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, "cmyk.jpg"));
        var broken = new Dictionary<string, byte[]>
        {
            ["cut.png"] = png[..(png.Length * 2 / 3)],
            ["cut.jpg"] = cmyk[..(cmyk.Length * 2 / 3)],
            ["arithmetic.jpg"] = File.ReadAllBytes(Path.Combine(ImageWorkspace.Fixtures, "arithmetic.jpg")),
        };
        foreach (var (name, bytes) in broken) _workspace.Add(name, bytes);
        var article = new StringBuilder("---\ntitle: Every kind of picture\n---\n\n");
        foreach (var name in good.Concat(broken.Keys)) article.Append("![A picture called ").Append(name).Append("](").Append(name).Append(")\n\n");
        // The same picture again: embedded once per file, drawn each time.
        article.Append("![Again](png-2-8.png)\n\nWash your face twice a day.\n");
        File.WriteAllText(_workspace.Document, article.ToString());
        // By default a broken image fails its document; this test is about exporting around them.
        File.WriteAllText(Path.Combine(_workspace.Content, "handout.yml"), "images:\n  missing: warning\n");

        var outcome = CliRunner.Run("export", _workspace.Document, "-o", _workspace.Output);

        var report = $"exit {outcome.ExitCode}\n{outcome.StandardError}";
        Assert.True(outcome.ExitCode == CliApp.ExitOk, report);
        Assert.DoesNotContain("internal error", outcome.StandardError, StringComparison.Ordinal);
        foreach (var name in broken.Keys)
            Assert.Single(outcome.ErrorLines, l => l.Contains($"image '{name}' was not included", StringComparison.Ordinal));
        Assert.Equal(broken.Count, outcome.ErrorLines.Count(l => l.Contains("was not included", StringComparison.Ordinal)));
        Assert.Empty(OutputInspector.Problems(_workspace.Output));
        var counts = OutputInspector.ImageCounts(_workspace.Output);
        Assert.Equal(good.Count + 1, counts["article.html"]);
        Assert.Equal(good.Count, counts["article.docx"]);
        Assert.True(counts["article.pdf"] >= good.Count, $"the PDF shows {counts["article.pdf"]} images of {good.Count + 1}");
    }
}
