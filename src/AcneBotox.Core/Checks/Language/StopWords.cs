using System.Collections.Frozen;

namespace AcneBotox.Core.Checks.Language;

/// <summary>
/// The commonest function words of the languages the language check can recognise. Words shared by two of
/// them ("a", "no", "me", "he") are left out, so each hit is evidence for one language only.
/// </summary>
internal static class StopWords
{
    /// <summary>Stop words by primary language subtag.</summary>
    public static FrozenDictionary<string, FrozenSet<string>> ByLanguage { get; } = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["en"] = Set("the and of to is in that it you your for are with on as be this was have or by not but can will at from " +
            "they which an if do what when should more about there their been has how these also after before into than them " +
            "would our who we its it's don't"),
        ["es"] = Set("el la los las de del que y en un una unos unas es por para con se su sus al lo como más pero o si sí le les " +
            "ya este esta estos estas está están son muy también hay puede pueden cuando sin sobre entre después antes hasta " +
            "desde porque usted ustedes nos ni donde qué cómo"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
