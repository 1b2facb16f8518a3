namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// The readability scores of some body text and the counts they come from. A score is <c>null</c> when there is
/// no text to score or when it is not a formula of the text's language: English text gets the four English
/// formulas, Spanish text Fernández-Huerta and Szigriszt-Pazos, any other language none.
/// </summary>
/// <param name="FleschReadingEase">206.835 - 1.015 ASL - 84.6 ASW; higher is easier, 60-70 is plain English.</param>
/// <param name="FleschKincaidGrade">0.39 ASL + 11.8 ASW - 15.59, a US school grade.</param>
/// <param name="Smog">1.043 sqrt(polysyllables x 30 / sentences) + 3.1291, a US school grade.</param>
/// <param name="ColemanLiau">0.0588 L - 0.296 S - 15.8 (letters and sentences per 100 words), a US school grade.</param>
/// <param name="Words">Words counted.</param>
/// <param name="Sentences">Sentences counted (list items are sentences).</param>
/// <param name="Syllables">Syllables counted (0 for a language without a formula).</param>
/// <param name="Polysyllables">Words of three or more syllables.</param>
/// <param name="Letters">Letters and digits in the words.</param>
/// <param name="PassiveSentences">Sentences that look passive ("is injected", "was found"); English only.</param>
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
    /// <summary>
    /// Fernández-Huerta's lecturabilidad (1959) as Law (2011) corrected it: 206.84 - 0.60 P - 1.02 F, where P is
    /// syllables per 100 words and F words per sentence (the printed formula had F as sentences per 100 words, which
    /// makes longer sentences score easier). 0-100, higher is easier, 60-70 "normal".
    /// </summary>
    public double? FernandezHuerta { get; init; }

    /// <summary>
    /// Szigriszt-Pazos's perspicuidad (1993): 206.835 - 62.3 syllables/words - words/sentences, read on the INFLESZ
    /// scale (Barrio-Cantalejo 2008): under 40 very hard, 40-55 somewhat hard, 55-65 normal, 65-80 fairly easy, over 80 very easy.
    /// </summary>
    public double? SzigrisztPazos { get; init; }

    /// <summary>The INFLESZ band of <see cref="SzigrisztPazos"/>, in Spanish as the scale names it, or <c>null</c>.</summary>
    public string? InfleszBand => SzigrisztPazos is { } score ? InfleszScale.Band(score) : null;

    /// <summary>Scores the given sentences as English.</summary>
    public static ReadabilityScores From(IEnumerable<ScoredSentence> sentences) => From(sentences, CheckProfile.For("en"));

    /// <summary>Scores the given sentences with the formulas and syllable rules of <paramref name="profile"/>.</summary>
    public static ReadabilityScores From(IEnumerable<ScoredSentence> sentences, CheckProfile profile)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(profile);
        int words = 0, count = 0, syllables = 0, poly = 0, letters = 0, passive = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Words.IsDefaultOrEmpty) continue;
            count++;
            if (profile.RunsEnglishOnlyChecks && PassiveVoice.IsPassive(sentence.Words)) passive++;
            foreach (var word in sentence.Words)
            {
                words++;
                var n = profile.Syllables(word);
                syllables += n;
                if (n >= 3) poly++;
                letters += word.Count(char.IsLetterOrDigit);
            }
        }
        if (words == 0) return new ReadabilityScores(null, null, null, null, 0, 0, 0, 0, 0, 0);
        var asl = (double)words / count;
        var asw = (double)syllables / words;
        return profile.Formulas switch
        {
            ReadabilityFormulas.English => new ReadabilityScores(
                206.835 - 1.015 * asl - 84.6 * asw,
                0.39 * asl + 11.8 * asw - 15.59,
                1.043 * Math.Sqrt(poly * 30.0 / count) + 3.1291,
                0.0588 * (letters * 100.0 / words) - 0.296 * (count * 100.0 / words) - 15.8,
                words, count, syllables, poly, letters, passive),
            ReadabilityFormulas.Spanish => new ReadabilityScores(null, null, null, null, words, count, syllables, poly, letters, 0)
            {
                FernandezHuerta = SpanishFormulas.FernandezHuerta(words, count, syllables),
                SzigrisztPazos = SpanishFormulas.SzigrisztPazos(words, count, syllables),
            },
            _ => new ReadabilityScores(null, null, null, null, words, count, 0, 0, letters, 0),
        };
    }
}
