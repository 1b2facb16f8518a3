using AcneBotox.Conformance.Tests.Parity;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace AcneBotox.Conformance.Tests.Pdf;

/// <summary>
/// Large print is large everywhere: every letter PdfPig reads from the content streams (running header, footer,
/// captions, table text, disclaimer, contact line included) is at least 18 pt, and no italic run is longer than
/// five words.
/// </summary>
public sealed class LargePrintConformanceTests
{
    private const double LargePrintMinimum = 18;
    private const int MaxItalicWords = 5;

    // A handout with what large print used to get wrong: long emphasis, a caption, a table, an internal link.
    private const string Trap = """
        ---
        title: Looking after your skin
        reviewed: 2026-05-01
        onlineUrl: https://riverside.example/handouts/trap
        ---
        ## What to do

        *Do not rub, scratch or pick at the healing skin for the whole first week.* Use *cool water* only.
        See [what to avoid](#what-to-avoid) and [our longer guide to skin care after treatment](https://riverside.example/guides/skin-care-after-treatment).

        | Day | What to do |
        |---|---|
        | 1 to 3 | Rest and keep the skin cool |

        ## What to avoid

        Avoid the sun, hot baths and saunas.
        """;

    public static TheoryData<string> Inputs
    {
        get
        {
            var data = new TheoryData<string>();
            string[] inputs = [SeedPdfFixture.Seed, .. Directory.EnumerateFiles(ParityExport.HandoutsFolder, "*.md").Order(StringComparer.Ordinal)];
            foreach (var input in inputs) data.Add(Path.GetRelativePath(RealClient.RepositoryRoot, input));
            data.Add("trap");
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_text_run_is_at_least_18_pt_and_no_italic_run_is_longer_than_five_words(string input)
    {
        using var export = new ParityExport();
        var trap = Path.Combine(Path.GetTempPath(), "acnebotox-trap-" + Guid.NewGuid().ToString("N") + ".md");
        try
        {
            if (input == "trap") File.WriteAllText(trap, Trap);
            var pdf = export.Export(input == "trap" ? trap : Path.Combine(RealClient.RepositoryRoot, input), largePrint: true).Pdf;
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                var small = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize < LargePrintMinimum - 0.01).ToList();
                Assert.True(small.Count == 0, $"page {page.Number}: text under 18 pt: " +
                    string.Join(", ", small.GroupBy(l => Math.Round(l.PointSize, 1)).Select(g => $"{g.Key} pt \"{string.Concat(g.Take(40).Select(l => l.Value))}\"")));
                foreach (var run in ItalicRuns(page.Letters))
                    Assert.True(Words(run) <= MaxItalicWords, $"page {page.Number}: an italic run of {Words(run)} words: \"{run}\"");
            }
        }
        finally
        {
            File.Delete(trap);
        }
    }

    // Consecutive italic letters in content-stream order (spaces between italic words stay in the run).
    private static IEnumerable<string> ItalicRuns(IReadOnlyList<Letter> letters)
    {
        var run = new System.Text.StringBuilder();
        foreach (var letter in letters)
        {
            if (IsItalic(letter) || (run.Length > 0 && string.IsNullOrWhiteSpace(letter.Value))) run.Append(letter.Value);
            else if (run.Length > 0)
            {
                yield return run.ToString().Trim();
                run.Clear();
            }
        }
        if (run.Length > 0) yield return run.ToString().Trim();
    }

    private static bool IsItalic(Letter letter) => letter.FontName?.Contains("Italic", StringComparison.OrdinalIgnoreCase) == true;

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
