using AcneBotox.Core.Bidi;
using AcneBotox.Core.Look;

namespace AcneBotox.Tests.Bidi;

/// <summary>Core's one decision on direction and fallback family names, shared by the writers.</summary>
public sealed class TextDirectionTests
{
    [Theory]
    [InlineData("ar", true)]
    [InlineData("ar-EG", true)]
    [InlineData("he-IL", true)]
    [InlineData("fa", true)]
    [InlineData("ur-PK", true)]
    [InlineData("az-Arab", true)]
    [InlineData("en-US", false)]
    [InlineData("es", false)]
    [InlineData("zh-Hans", false)]
    [InlineData("ku-Latn", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_language_tag_decides_the_documents_direction(string? tag, bool rightToLeft) =>
        Assert.Equal(rightToLeft, TextDirection.IsRightToLeftLanguage(tag));

    [Fact]
    public void In_a_right_to_left_document_a_sentence_starting_with_a_drug_name_stays_right_to_left()
    {
        Assert.Equal(BaseDirection.RightToLeft, TextDirection.ForParagraph("Botox يساعد في علاج حب الشباب", BaseDirection.RightToLeft));
        Assert.Equal(BaseDirection.RightToLeft, TextDirection.ForParagraph("555-0134", BaseDirection.RightToLeft));
        Assert.Equal(BaseDirection.LeftToRight, TextDirection.ForParagraph("Journal of Dermatology, 2021", BaseDirection.RightToLeft));
    }

    [Fact]
    public void No_character_before_the_Hebrew_block_is_right_to_left_so_the_scan_may_skip_them()
    {
        // HasRightToLeft (and so every paragraph's direction) skips these without a table lookup.
        for (var c = 0; c < 0x0590; c++)
            Assert.False(BidiClassTable.Of(c) is BidiClass.R or BidiClass.AL, $"U+{c:X4} is {BidiClassTable.Of(c)}");
        Assert.Equal(BidiClass.R, BidiClassTable.Of(0x05D0));   // Hebrew alef
        Assert.True(TextDirection.HasRightToLeft("Botox \U00010800"));   // Cypriot, right to left, outside the BMP
        Assert.False(TextDirection.HasRightToLeft("Botox \U0001F600 \u00E9\u0416"));
    }

    [Fact]
    public void In_a_left_to_right_document_the_first_strong_letter_decides()
    {
        Assert.Equal(BaseDirection.RightToLeft, TextDirection.ForParagraph("שלום, Botox", BaseDirection.LeftToRight));
        Assert.Equal(BaseDirection.LeftToRight, TextDirection.ForParagraph("Botox, שלום", BaseDirection.LeftToRight));
        Assert.Equal(BaseDirection.LeftToRight, TextDirection.ForParagraph("123", BaseDirection.LeftToRight));
    }

    [Fact]
    public void Word_gets_the_chains_families_for_east_asian_and_complex_script_text()
    {
        Assert.Equal("Noto Sans CJK SC", FontFallback.Default.EastAsianFamily);
        Assert.Equal("Noto Sans Arabic", FontFallback.Default.ComplexScriptFamily("ar-EG"));
        Assert.Equal("Noto Sans Hebrew", FontFallback.Default.ComplexScriptFamily("he"));
        Assert.Equal("Noto Sans", FontFallback.Default.ComplexScriptFamily("en"));
        var custom = new FontFallback(["./fonts", "Amiri", "Source Han Sans SC"]);
        Assert.Equal("Source Han Sans SC", custom.EastAsianFamily);
        Assert.Equal("Amiri", custom.ComplexScriptFamily("ar"));
        Assert.Null(new FontFallback([]).ComplexScriptFamily("ar"));
    }
}
