using System.Text.RegularExpressions;
using AcneBotox.Core.Look;

namespace AcneBotox.Tests.Localization;

public sealed partial class LabelTableTests
{
    public static TheoryData<string> Languages => [.. LabelTables.Languages];

    public static TheoryData<string> ForeignLanguages => [.. LabelTables.Languages.Where(language => language != "en")];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_label_holds_exactly_the_placeholders_its_key_needs(string language)
    {
        var table = LabelTables.Find(language)!;
        Assert.Equal(language, table.Language);
        foreach (var (key, text) in table.Texts)
        {
            var wanted = HandoutLabels.OverrideKeys[key];
            var found = Placeholder().Matches(text).Select(m => m.Value).Distinct().Order().ToList();
            Assert.True(Enumerable.Range(0, wanted).Select(n => "{" + n + "}").SequenceEqual(found), $"{language}.{key} = '{text}'");
        }
        Assert.Equal(12, table.MonthNames.Length);
        Assert.All(table.MonthNames, name => Assert.False(string.IsNullOrWhiteSpace(name)));
    }

    [Theory]
    [MemberData(nameof(ForeignLanguages))]
    public void No_generated_string_of_a_foreign_table_holds_English_words(string language)
    {
        var table = LabelTables.Find(language)!;
        var english = EnglishFragments.All();
        var generated = Generated(table);
        foreach (var text in generated)
            Assert.True(EnglishFragments.Find(text) is null, $"{language}: '{text}' holds the English '{EnglishFragments.Find(text)}'");
        // The list is the table itself: each of its texts appears among the generated strings.
        Assert.Equal(table.Texts.Count + 3, generated.Count);
        Assert.NotEmpty(english);
    }

    [Theory]
    [InlineData("es", "1 de marzo de 2026")]
    [InlineData("es-MX", "1 de marzo de 2026")]
    [InlineData("en-US", "1 March 2026")]
    [InlineData("ru", "1 марта 2026 г.")]
    [InlineData("el", "1 Μαρτίου 2026")]
    [InlineData("zh-Hans", "2026年3月1日")]
    public void Dates_are_written_the_way_the_language_writes_them(string tag, string expected) =>
        Assert.Equal(expected, LabelTables.Find(tag)!.Date(new DateOnly(2026, 3, 1)));

    [Fact]
    public void Spanish_dates_use_every_month_name_in_lower_case()
    {
        var months = Enumerable.Range(1, 12).Select(m => LabelTables.Spanish.Date(new DateOnly(2026, m, 15))).ToList();
        Assert.Equal("15 de septiembre de 2026", months[8]);
        Assert.Equal("15 de diciembre de 2026", months[11]);
        Assert.All(months, date => Assert.Matches("^15 de [a-z]+ de 2026$", date));
    }

    [Fact]
    public void A_language_without_a_table_is_not_found_and_primary_subtags_match_any_region()
    {
        Assert.Null(LabelTables.Find("de-DE"));
        Assert.Same(LabelTables.Spanish, LabelTables.Find("ES-419"));
        Assert.Same(HandoutLabels.English, LabelTables.Find("en-GB"));
    }

    // Every string a handout in this language can carry: each label filled with sample values, and dates.
    private static List<string> Generated(HandoutLabels table)
    {
        var list = table.Texts.Select(pair => HandoutLabels.Fill(pair.Value, "X", "Y")).ToList();
        list.Add(table.Date(new DateOnly(2026, 3, 1)));
        list.Add(table.Date(new DateOnly(2026, 5, 9)));
        list.Add(HandoutLabels.Fill(table.LastReviewed, table.Date(new DateOnly(2026, 12, 31))));
        return list;
    }

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
