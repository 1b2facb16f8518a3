using AcneBotox.Core.LineBreaking;

namespace AcneBotox.Tests.LineBreaking;

/// <summary>What the handout tailoring gives for the scripts and punctuation of real handouts.</summary>
public sealed class LineBreakOpportunitiesTests
{
    // The text cut at every opportunity: each piece is what a line may end after.
    private static string[] Pieces(string text, LineBreakTailoring tailoring = LineBreakTailoring.Handout)
    {
        var pieces = new List<string>();
        var start = 0;
        foreach (var opportunity in LineBreakOpportunities.Find(text, tailoring))
        {
            pieces.Add(text[start..opportunity.Index]);
            start = opportunity.Index;
        }
        return [.. pieces];
    }

    [Theory]
    [InlineData("Wash your face twice a day.", new[] { "Wash ", "your ", "face ", "twice ", "a ", "day." })]
    [InlineData("Lávese la cara dos veces al día.", new[] { "Lávese ", "la ", "cara ", "dos ", "veces ", "al ", "día." })]
    [InlineData("Умывайтесь дважды в день.", new[] { "Умывайтесь ", "дважды ", "в ", "день." })]
    [InlineData("Πλένετε το πρόσωπο δύο φορές.", new[] { "Πλένετε ", "το ", "πρόσωπο ", "δύο ", "φορές." })]
    [InlineData("Rửa mặt hai lần mỗi ngày.", new[] { "Rửa ", "mặt ", "hai ", "lần ", "mỗi ", "ngày." })]
    [InlineData("اغسل وجهك مرتين يوميا.", new[] { "اغسل ", "وجهك ", "مرتين ", "يوميا." })]
    [InlineData("רחצו את הפנים פעמיים ביום.", new[] { "רחצו ", "את ", "הפנים ", "פעמיים ", "ביום." })]
    [InlineData("दिन में दो बार चेहरा धोएं।", new[] { "दिन ", "में ", "दो ", "बार ", "चेहरा ", "धोएं।" })]
    public void Scripts_with_spaces_break_after_the_spaces_only(string text, string[] expected) =>
        Assert.Equal(expected, Pieces(text));

    [Fact]
    public void A_web_address_never_breaks_after_its_hyphens_but_a_hyphenated_word_still_does()
    {
        var address = Pieces("See https://riverside.example/handouts/chemical-peel-aftercare today");
        Assert.DoesNotContain(address, piece => piece.EndsWith('-'));
        Assert.Contains("riverside.example/", address); // the slash still allows a break
        Assert.DoesNotContain(Pieces("www.skin-care.example/after-peel"), piece => piece.EndsWith('-'));
        Assert.Contains("long-", Pieces("a long-lasting cream"));
        // Unicode's own rules are unchanged: the default tailoring breaks after the hyphen.
        Assert.Contains(Pieces("https://a.example/chemical-peel", LineBreakTailoring.UnicodeDefault), piece => piece.EndsWith('-'));
    }

    [Fact]
    public void Chinese_breaks_between_ideographs_but_never_before_closing_punctuation()
    {
        Assert.Equal(["每", "天", "洗", "脸", "两", "次。"], Pieces("每天洗脸两次。"));
        Assert.Equal(["痤", "疮、", "粉", "刺"], Pieces("痤疮、粉刺"));
        Assert.Equal(["真", "的", "吗？"], Pieces("真的吗？"));
        Assert.Equal(["好！"], Pieces("好！"));
        Assert.Equal(["（见", "医", "生）"], Pieces("（见医生）"));
        Assert.Equal(["「防", "晒」"], Pieces("「防晒」"));
        // Quotation marks (QU) hold on to both neighbours in Unicode 15.0.
        Assert.Equal(["他", "说：“好”"], Pieces("他说：“好”"));
    }

    [Fact]
    public void Japanese_small_kana_and_prolonged_sound_marks_never_start_a_line()
    {
        // ょ (CJ, resolved as a non-starter) and ー (NS) stay with the kana before them.
        Assert.Equal(["きょ", "う"], Pieces("きょう"));
        Assert.Equal(["ケー", "ス"], Pieces("ケース"));
    }

    [Fact]
    public void Opening_punctuation_holds_on_to_what_follows()
    {
        Assert.Equal(["see ", "(page ", "2)"], Pieces("see (page 2)"));
        Assert.Equal(["see ", "(“here”)"], Pieces("see (“here”)"));
        Assert.Equal(["a ", "[note]"], Pieces("a [note]"));
    }

    [Fact]
    public void No_line_starts_with_a_combining_mark()
    {
        // e + COMBINING ACUTE, a Devanagari virama cluster, Hebrew points: every opportunity lies outside a cluster.
        foreach (var text in new[] { "cafe\u0301 au lait", "क्षत्रिय व्यक्ति", "שָׁלוֹם עֲלֵיכֶם", "Rửa mặt", "\u0301\u0301" })
        {
            foreach (var opportunity in LineBreakOpportunities.Find(text))
            {
                if (opportunity.Index == text.Length) continue;
                var category = char.GetUnicodeCategory(text, opportunity.Index);
                Assert.False(category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark,
                    $"\"{text}\" may break before the mark at {opportunity.Index}");
            }
        }
        Assert.Equal(["\u0301\u0301"], Pieces("\u0301\u0301"));
    }

    [Fact]
    public void Thai_breaks_between_clusters_but_keeps_preposed_and_following_vowels()
    {
        // เป็น: the preposed vowel เ stays with ป; สิว: the mark ิ stays with its consonant; ทำ: SARA AM stays.
        var pieces = Pieces("เป็นสิวทำ");
        Assert.Equal(["เป็", "น", "สิ", "ว", "ทำ"], pieces);
        Assert.Equal("เป็นสิวทำ", string.Concat(pieces));
        // The standard rules never break inside a Thai word without a dictionary.
        Assert.Equal(["เป็นสิวทำ"], Pieces("เป็นสิวทำ", LineBreakTailoring.UnicodeDefault));
    }

    [Fact]
    public void Khmer_never_breaks_after_the_stacking_sign()
    {
        // ស្រ: SA + COENG + RO; the subscript consonant belongs to the syllable.
        Assert.DoesNotContain(LineBreakOpportunities.Find("ស្រី"), o => o.Index == 2);
    }

    [Fact]
    public void Numbers_keep_their_prefix_postfix_and_separators()
    {
        Assert.Equal(["Costs ", "$1,250.50 ", "today"], Pieces("Costs $1,250.50 today"));
        Assert.Equal(["Use ", "2.5% ", "gel"], Pieces("Use 2.5% gel"));
        Assert.Equal(["Store ", "at ", "25°C"], Pieces("Store at 25°C"));
        Assert.Equal(["−5 ", "€12 ", "(2024)"], Pieces("−5 €12 (2024)"));
        Assert.Equal(["±0.5 ", "mm"], Pieces("±0.5 mm"));
    }

    [Fact]
    public void Phone_numbers_break_only_at_their_spaces()
    {
        Assert.Equal(["Call ", "555-0134."], Pieces("Call 555-0134."));
        Assert.Equal(["+1 ", "(555) ", "010-4477"], Pieces("+1 (555) 010-4477"));
        Assert.Equal(["+7 ", "495 ", "123-45-67"], Pieces("+7 495 123-45-67"));
    }

    [Fact]
    public void A_url_breaks_after_its_slashes_only()
    {
        var pieces = Pieces("https://www.aad.org/public/diseases/acne-and-rosacea");
        Assert.Equal(["https://", "www.aad.org/", "public/", "diseases/", "acne-and-rosacea"], pieces);
        Assert.DoesNotContain(pieces, p => p.StartsWith('.') || p.StartsWith('/'));
    }

    [Fact]
    public void Hyphens_and_soft_hyphens_allow_a_break_after_them()
    {
        Assert.Equal(["well-", "known"], Pieces("well-known"));
        Assert.Equal(["Haut\u00AD", "pflege"], Pieces("Haut\u00ADpflege"));
        // A hyphen before a number is a minus sign and stays with it.
        Assert.Equal(["is ", "-5"], Pieces("is -5"));
        // The em dash breaks on either side, never between two of them.
        Assert.Equal(["now", "——", "later"], Pieces("now——later"));
    }

    [Fact]
    public void No_break_inside_non_breaking_spaces_and_joined_emoji()
    {
        Assert.Equal(["10\u00A0mg ", "daily"], Pieces("10\u00A0mg daily"));
        // Family emoji joined by ZWJ, a thumbs-up with a skin tone, and a flag: each one piece.
        Assert.Equal(["👨‍👩‍👧 ", "👍🏽 ", "🇪🇸"], Pieces("👨‍👩‍👧 👍🏽 🇪🇸"));
        // Emoji are ideographic: they may break from each other without spaces.
        Assert.Equal(["😊", "✅"], Pieces("😊✅"));
    }

    [Fact]
    public void Symbols_of_an_english_handout_break_sensibly()
    {
        Assert.Equal(["✓ ", "Done ", "→ ", "next"], Pieces("✓ Done → next"));
        Assert.Equal(["☐ ", "SPF ", "≥ ", "30™"], Pieces("☐ SPF ≥ 30™"));
        Assert.Equal(["5 ", "µg"], Pieces("5 µg"));
    }

    [Fact]
    public void Korean_breaks_at_spaces_and_between_syllables()
    {
        Assert.Equal(["하", "루 ", "두 ", "번"], Pieces("하루 두 번"));
    }

    [Fact]
    public void Mandatory_breaks_are_marked()
    {
        var opportunities = LineBreakOpportunities.Find("one\ntwo\r\nthree");
        Assert.Equal([(4, true), (9, true), (14, true)], opportunities.Select(o => (o.Index, o.IsMandatory)));
    }

    [Fact]
    public void Every_opportunity_lies_between_code_points_and_the_last_is_the_end()
    {
        var text = "𠀀𠀁 😊😊 a\uD800b"; // astral ideographs, emoji, a lone surrogate
        var opportunities = LineBreakOpportunities.Find(text);
        Assert.Equal(text.Length, opportunities[^1].Index);
        Assert.All(opportunities, o => Assert.False(o.Index < text.Length && char.IsLowSurrogate(text[o.Index])));
        Assert.Empty(LineBreakOpportunities.Find(""));
    }

    [Theory]
    [InlineData(0x4E00, LineBreakClass.ID)]
    [InlineData(0x3002, LineBreakClass.CL)]
    [InlineData(0x0029, LineBreakClass.CP)]
    [InlineData(0xFF09, LineBreakClass.CL)]
    [InlineData(0xFF01, LineBreakClass.EX)]
    [InlineData(0x0E01, LineBreakClass.SA)]
    [InlineData(0x05D0, LineBreakClass.HL)]
    [InlineData(0x0301, LineBreakClass.CM)]
    [InlineData(0x00AD, LineBreakClass.BA)]
    [InlineData(0x1F60A, LineBreakClass.ID)]
    [InlineData(0x1F3FD, LineBreakClass.EM)]
    [InlineData(0x10FFFF, LineBreakClass.XX)]
    [InlineData(0x2FFF0, LineBreakClass.ID)] // unassigned in plane 2 defaults to ID
    public void The_class_table_matches_LineBreak_txt(int codePoint, LineBreakClass expected) =>
        Assert.Equal(expected, LineBreakClasses.Of(codePoint));
}
