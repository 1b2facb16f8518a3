using AcneBotox.Core.Checks.Text;

namespace AcneBotox.Tests.Checks;

public sealed class TextSplittingTests
{
    [Theory]
    [InlineData("The cat sat on the mat. It was a fat cat.", 2)]
    [InlineData("See Dr. Smith today. She is kind.", 2)]
    [InlineData("Use a cream, e.g. benzoyl peroxide, twice a day. Rinse well.", 2)]
    [InlineData("Take 2.5 mg at night. Stop if you feel sick.", 2)]
    [InlineData("Is it safe? Yes! Most people do well.", 3)]
    [InlineData("Ask your nurse (she knows.) Then book a visit.", 2)]
    [InlineData("He said \"stop.\" Then he left.", 2)]
    [InlineData("A list item with no full stop", 1)]
    [InlineData("Visit www.example.org. It has more.", 2)]
    [InlineData("J. Smith wrote it. It is short.", 2)]
    [InlineData("Wait... then try again.", 1)]
    public void Splits_sentences(string text, int expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text).Count());

    [Fact]
    public void Keeps_the_words_of_each_sentence()
    {
        Assert.Equal(["See Dr. Smith today.", "She is kind."], SentenceSplitter.Split("See Dr. Smith today.  She is kind."));
    }

    [Theory]
    [InlineData("you’re here", new[] { "you’re", "here" })]
    [InlineData("don't stop", new[] { "don't", "stop" })]
    [InlineData("a well-known fact", new[] { "a", "well-known", "fact" })]
    [InlineData("purposes – it also", new[] { "purposes", "it", "also" })]
    [InlineData("take 2.5 mg or 1,000 units", new[] { "take", "2.5", "mg", "or", "1,000", "units" })]
    [InlineData("“Quoted,” she said.", new[] { "Quoted", "she", "said" })]
    [InlineData("• bullet", new[] { "bullet" })]
    public void Splits_words(string text, string[] expected) =>
        Assert.Equal(expected, WordTokenizer.Words(text));

    [Theory]
    [InlineData("Read https://example.org/acne?x=1 today.", "Read   today.")]
    [InlineData("Mail help@clinic.example.org now.", "Mail   now.")]
    [InlineData("Call 555-0134 today.", "Call   today.")]
    [InlineData("Call (555) 123-4567.", "Call  .")]
    [InlineData("Call +44 20 7946 0958.", "Call  .")]
    [InlineData("Studies from 2019-2023 agree.", "Studies from 2019-2023 agree.")]
    [InlineData("Take 12.50 ml.", "Take 12.50 ml.")]
    public void Blanks_urls_emails_and_phone_numbers(string text, string expected) =>
        Assert.Equal(expected, ScoringFilter.Clean(text));
}
