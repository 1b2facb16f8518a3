namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// The readability scores of some body text and the counts they come from. The scores are
/// <c>null</c> when there is no text to score.
/// </summary>
/// <param name="FleschReadingEase">206.835 - 1.015 ASL - 84.6 ASW; higher is easier, 60-70 is plain English.</param>
/// <param name="FleschKincaidGrade">0.39 ASL + 11.8 ASW - 15.59, a US school grade.</param>
/// <param name="Smog">1.043 sqrt(polysyllables x 30 / sentences) + 3.1291, a US school grade.</param>
/// <param name="ColemanLiau">0.0588 L - 0.296 S - 15.8 (letters and sentences per 100 words), a US school grade.</param>
/// <param name="Words">Words counted.</param>
/// <param name="Sentences">Sentences counted (list items are sentences).</param>
/// <param name="Syllables">Syllables counted.</param>
/// <param name="Polysyllables">Words of three or more syllables.</param>
/// <param name="Letters">Letters and digits in the words.</param>
/// <param name="PassiveSentences">Sentences that look passive ("is injected", "was found").</param>
public sealed record ReadabilityScores(
    double? FleschReadingEase,
    double? FleschKincaidGrade,
    double? Smog,
    double? ColemanLiau,
    int Words,
    int Sentences,
    int Syllables,
    int Polysyllables,
    int Letters,
    int PassiveSentences)
{
    /// <summary>Scores the given sentences.</summary>
    public static ReadabilityScores From(IEnumerable<ScoredSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        int words = 0, count = 0, syllables = 0, poly = 0, letters = 0, passive = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Words.IsDefaultOrEmpty) continue;
            count++;
            if (PassiveVoice.IsPassive(sentence.Words)) passive++;
            foreach (var word in sentence.Words)
            {
                words++;
                var n = Text.SyllableCounter.Count(word);
                syllables += n;
                if (n >= 3) poly++;
                letters += word.Count(char.IsLetterOrDigit);
            }
        }
        if (words == 0) return new ReadabilityScores(null, null, null, null, 0, 0, 0, 0, 0, 0);
        var asl = (double)words / count;
        var asw = (double)syllables / words;
        return new ReadabilityScores(
            206.835 - 1.015 * asl - 84.6 * asw,
            0.39 * asl + 11.8 * asw - 15.59,
            1.043 * Math.Sqrt(poly * 30.0 / count) + 3.1291,
            0.0588 * (letters * 100.0 / words) - 0.296 * (count * 100.0 / words) - 15.8,
            words, count, syllables, poly, letters, passive);
    }
}
