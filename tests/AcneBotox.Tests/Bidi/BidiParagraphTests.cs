using AcneBotox.Core.Bidi;

namespace AcneBotox.Tests.Bidi;

/// <summary>Handout-shaped bidi cases: drug names, doses and phone numbers inside Arabic and Hebrew sentences.</summary>
public sealed class BidiParagraphTests
{
    private static string Visual(string text, BaseDirection direction = BaseDirection.Auto)
    {
        var paragraph = BidiParagraph.Resolve(text, direction);
        return string.Concat(paragraph.VisualRuns(0, text.Length).Select(run =>
        {
            var piece = text.Substring(run.Start, run.Length);
            return run.IsRightToLeft ? new string(piece.Reverse().ToArray()) : piece;
        }));
    }

    [Fact]
    public void A_latin_drug_name_and_a_dose_keep_their_own_order_inside_a_hebrew_sentence()
    {
        // "take Botox 20 units" in Hebrew letters: the Latin word and the number read left to right inside the RTL line.
        const string text = "קחו Botox 20 יחידות";
        var paragraph = BidiParagraph.Resolve(text);
        Assert.True(paragraph.IsRightToLeft);
        // W7 makes the number left to right after the Latin word, so "Botox 20" is one left-to-right run.
        Assert.Equal("תודיחי Botox 20 וחק", Visual(text));
    }

    [Fact]
    public void A_phone_number_reads_left_to_right_in_hebrew_and_when_isolated_in_arabic()
    {
        // Hebrew: EN ES EN stays one European number (W4).
        Assert.Equal("םויה 555-0134 לא רשקתה", Visual("התקשר אל 555-0134 היום"));
        // Arabic: after an Arabic letter the digits are Arabic numbers (W2) and the hyphen between them is neutral,
        // so the bare algorithm shows the groups right to left; an isolate (LRI..PDI) keeps the number whole.
        Assert.Equal("مويلا 0134-555 ىلع لصتا", Visual("اتصل على 555-0134 اليوم"));
        Assert.Equal("مويلا \u2069555-0134\u2066 ىلع لصتا", Visual("اتصل على \u2066555-0134\u2069 اليوم"));
    }

    [Fact]
    public void A_percent_sign_sits_by_its_number_as_each_script_writes_it()
    {
        // After Hebrew the number is European and the percent sign joins it (W5); after Arabic it is an Arabic
        // number and the sign is a neutral that takes the paragraph's direction (shown on the number's left).
        Assert.Equal("דבלב 50% זוחא", Visual("אחוז 50% בלבד"));
        Assert.Equal("طقف %50 ةبسن", Visual("نسبة 50% فقط"));
    }

    [Fact]
    public void An_english_paragraph_with_a_hebrew_word_reverses_only_that_word()
    {
        Assert.Equal("Ask for שלום today", Visual("Ask for םולש today"));
        Assert.Equal(0, BidiParagraph.Resolve("Ask for םולש today").ParagraphLevel);
    }

    [Fact]
    public void Brackets_around_latin_text_in_a_right_to_left_paragraph_pair_up()
    {
        // N0: the brackets take the direction of the text around them, so they mirror as a pair.
        var levels = BidiParagraph.Resolve("דוד (Botox) טוב").LineLevels(0, 15);
        Assert.Equal(levels[4], levels[10]);
        Assert.Equal(1, levels[4]);
    }

    [Fact]
    public void A_forced_direction_overrides_the_first_strong_character()
    {
        Assert.Equal(1, BidiParagraph.Resolve("Botox", BaseDirection.RightToLeft).ParagraphLevel);
        Assert.Equal(0, BidiParagraph.Resolve("שלום", BaseDirection.LeftToRight).ParagraphLevel);
        Assert.Equal(0, BidiParagraph.Resolve("123").ParagraphLevel);
    }

    [Fact]
    public void Lines_of_a_paragraph_reorder_on_their_own()
    {
        const string text = "אבג def גדה";
        var paragraph = BidiParagraph.Resolve(text);
        // The line ends after "def ": its trailing space takes the paragraph level (L1), so it shows at the left end.
        var first = paragraph.VisualRuns(0, 8);
        Assert.Equal([new BidiRun(7, 1, 1), new BidiRun(4, 3, 2), new BidiRun(0, 4, 1)], first);
        Assert.Empty(paragraph.VisualRuns(3, 3));
    }
}
