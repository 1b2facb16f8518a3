using System.Text.RegularExpressions;
using AcneBotox.Core.Checks.PlainLanguage;
using AcneBotox.Core.Checks.Text;
using AcneBotox.Core.Readers;

namespace AcneBotox.Tests.Checks;

/// <summary>
/// The linear scanners that replaced backtracking patterns (issue 12, item 7) find exactly what the patterns
/// found, compared on generated text; the inputs that were quadratic finish with the expected answer.
/// </summary>
public sealed class LinearScanTests
{
    // The acronym pattern the scanner replaced, kept here as the reference for its results.
    private static readonly Regex OldAcronymPattern = new(@"(?<![\w'’-])(?<a>[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*s?)(?![\w'’-])", RegexOptions.CultureInvariant);

    private static readonly string[] Pieces = ["A", "B", "Z", "s", "S", "1", "0", "a", "x", " ", "  ", "-", "'", "’", "(", ")", ".", ",", "é", "É", "_", "\n", "MRI", "HPVs", "ab"];

    [Fact]
    public void Acronym_scanner_finds_what_the_old_pattern_found()
    {
        var random = new Random(12);
        for (var sample = 0; sample < 5_000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var expected = OldAcronymPattern.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, AcronymScanner.Find(text).ToList());
        }
    }

    [Fact]
    public void A_run_of_capitals_is_one_word_and_no_acronym_when_a_lower_case_letter_ends_it()
    {
        var run = new string('A', 300_000);
        Assert.Empty(AcronymScanner.Find(run + "b"));
        Assert.Equal([(0, 300_000)], AcronymScanner.Find(run));
    }

    // The e-mail pattern as it was, on the backtracking engine: the reference for the hand-written scanner.
    private static readonly Regex OldEmailPattern = new(@"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", RegexOptions.CultureInvariant);

    // No digits and no "www"/"http": only the e-mail pattern can match, so Clean is the pattern alone.
    private static readonly string[] EmailPieces = ["a", "b", ".", "@", "-", "+", "_", " ", "é", "..", "a@b.c", "x.y", "\u200D", "\u0301", "’", "@x.y"];

    [Fact]
    public void The_e_mail_pattern_blanks_what_the_backtracking_pattern_blanked()
    {
        var random = new Random(7);
        for (var sample = 0; sample < 20_000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 25)).Select(_ => EmailPieces[random.Next(EmailPieces.Length)]));
            Assert.Equal(OldEmailPattern.Replace(text, " "), ScoringFilter.Clean(text));
        }
        Assert.Equal("write to   today", ScoringFilter.Clean("write to jane.doe+acne@clinic.example.org today"));
    }

    [Fact]
    public void The_scanner_s_word_characters_are_the_regex_word_class()
    {
        var word = new Regex(@"^\w$", RegexOptions.CultureInvariant);
        for (var c = char.MinValue; c < char.MaxValue; c++)
            Assert.True(word.IsMatch(c.ToString()) == EmailAddresses.IsWordChar(c), $"U+{(int)c:X4}");
    }

    [Fact]
    public void Dotted_local_parts_before_an_at_sign_finish_in_linear_time()
    {
        var dotted = string.Concat(Enumerable.Repeat(".-", 200_000));
        Assert.Equal(dotted + "@x.yz", ScoringFilter.Clean(dotted + "@x.yz"));
        Assert.Equal(dotted + "  and", ScoringFilter.Clean(dotted + "a@x.yz and"));
    }

    [Fact]
    public void Dotted_words_without_an_at_sign_are_kept()
    {
        var dotted = string.Concat(Enumerable.Repeat("a.", 400_000));
        Assert.Equal(dotted, ScoringFilter.Clean(dotted));
    }

    [Fact]
    public void Repeated_headings_get_the_next_free_suffix()
    {
        var ids = new HeadingIdAllocator();
        Assert.Equal("faq-1", ids.Allocate("FAQ 1"));
        var allocated = Enumerable.Range(0, 10_000).Select(_ => ids.Allocate("FAQ")).ToList();
        Assert.Equal("faq", allocated[0]);
        Assert.Equal("faq-2", allocated[1]); // "faq-1" is taken by the heading "FAQ 1"
        Assert.Equal("faq-10000", allocated[^1]);
        Assert.Equal(allocated.Count, allocated.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("faq-1-1", ids.Allocate("FAQ 1"));
    }
}
