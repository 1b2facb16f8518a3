using AcneBotox.Cli;
using AcneBotox.Conformance.Tests.Scripts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace AcneBotox.Conformance.Tests.Bidi;

/// <summary>
/// Right-to-left handouts are mirrored in the PDF, as HTML (dir="rtl") and Word (w:bidi, w:bidiVisual) mirror them:
/// table columns run right to left, a quote's bar and indent and a list's markers sit at the right. Positions are read
/// back from the PDF with PdfPig (glyphs in content order, which is logical; the quote bar as a filled path).
/// </summary>
public sealed class BidiMirroringConformanceTests : IDisposable
{
    // A4 with 1-inch margins: the body column runs from 72 pt to 523.3 pt.
    private const double RightMargin = 595.28 - 72;

    private readonly ScriptExport _export = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-bidi-mirror-").FullName;

    public void Dispose()
    {
        _export.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("ar-alanaya-bilbashara-maa-hob-alshabab.md")]
    [InlineData("he-tipul-beor-im-akne.md")]
    public void Table_columns_run_from_the_right(string name)
    {
        var (pdf, _, _, _) = _export.Export(name);
        var header = File.ReadLines(Path.Combine(ScriptHandouts.Folder, name)).First(l => l.StartsWith('|'))
            .Trim('|').Split('|').Select(c => c.Trim()).ToList();

        var columns = CellBoxes(pdf, header);

        Assert.True(columns[0].Right > RightMargin - 12, $"{name}: the first column ends at {columns[0].Right:0.#} pt, not at the right margin ({RightMargin:0.#} pt)");
        for (var c = 1; c < columns.Count; c++)
            Assert.True(columns[c].Right < columns[c - 1].Left,
                $"{name}: column {c + 1} ({columns[c].Left:0.#}..{columns[c].Right:0.#} pt) is not left of column {c} ({columns[c - 1].Left:0.#}..{columns[c - 1].Right:0.#} pt)");
    }

    [Fact]
    public void A_quote_has_its_bar_and_indent_at_the_right_and_a_list_its_markers()
    {
        const string quote = "אקנה אינה נגרמת מחוסר ניקיון ואינה מדבקת.";
        const string item = "רחצו את הפנים פעמיים ביום.";
        var source = Path.Combine(_folder, "he-quote.md");
        File.WriteAllText(source, $"---\ntitle: ציטוט ורשימה\nlanguage: he\n---\n\nפסקה רגילה לפני הציטוט.\n\n> {quote}\n\n- {item}\n");
        var stderr = new StringWriter();
        var code = CliApp.Run(["export", source, "-f", "pdf", "-o", _folder], new StringWriter(), stderr);
        Assert.True(code == CliApp.ExitOk, $"export failed ({code}): {stderr}");

        using var document = PdfDocument.Open(Path.Combine(_folder, "he-quote.pdf"));
        var page = document.GetPage(1);
        var bars = page.Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Width is > 2 and < 4 && r.Height > 10).ToList();
        var bar = Assert.Single(bars);
        Assert.True(bar.Left > RightMargin - 6, $"the quote bar is at {bar.Left:0.#} pt, not at the right margin");
        var quoteText = Boxes(page, [quote])[0];
        Assert.True(quoteText.Right < bar.Left - 6, $"the quote's text ends at {quoteText.Right:0.#} pt, not indented from its bar at {bar.Left:0.#} pt");
        Assert.True(quoteText.Right > bar.Left - 40, $"the quote's text ends at {quoteText.Right:0.#} pt, far from its bar at {bar.Left:0.#} pt");

        var bullet = page.Letters.Single(l => l.Value == "\u2022");
        var itemText = Boxes(page, [item])[0];
        Assert.True(bullet.BoundingBox.Left > itemText.Right, $"the list marker ({bullet.BoundingBox.Left:0.#} pt) is not right of its item ({itemText.Right:0.#} pt)");
        Assert.True(bullet.BoundingBox.Right > RightMargin - 6, $"the list marker ends at {bullet.BoundingBox.Right:0.#} pt, not at the right margin");
    }

    private static List<(double Left, double Right)> CellBoxes(string pdf, List<string> cells)
    {
        using var document = PdfDocument.Open(pdf, new ParsingOptions { UseActualText = true });
        foreach (var page in document.GetPages())
        {
            var boxes = Boxes(page, cells);
            if (boxes.Count == cells.Count) return boxes;
        }
        Assert.Fail($"no page holds the table header {string.Join(" | ", cells)}");
        return [];
    }

    // The horizontal extent of each text, found one after the other in the page's glyphs (content order, without
    // spacing); empty when the texts are not there in that order.
    private static List<(double Left, double Right)> Boxes(Page page, IReadOnlyList<string> texts)
    {
        var letters = page.Letters;
        var squeezed = new System.Text.StringBuilder();
        var owner = new List<int>();
        for (var i = 0; i < letters.Count; i++)
            foreach (var c in letters[i].Value.Where(c => !char.IsWhiteSpace(c)))
            {
                squeezed.Append(c);
                owner.Add(i);
            }
        var all = squeezed.ToString();
        var joined = string.Concat(texts.Select(ScriptHandouts.Squeeze));
        var at = all.IndexOf(joined, StringComparison.Ordinal);
        var boxes = new List<(double, double)>();
        if (at < 0) return boxes;
        foreach (var text in texts)
        {
            var length = ScriptHandouts.Squeeze(text).Length;
            var glyphs = Enumerable.Range(at, length).Select(n => letters[owner[n]].BoundingBox).ToList();
            boxes.Add((glyphs.Min(r => r.Left), glyphs.Max(r => r.Right)));
            at += length;
        }
        return boxes;
    }
}
