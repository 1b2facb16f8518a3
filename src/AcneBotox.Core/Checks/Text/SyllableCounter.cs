using System.Collections.Frozen;
using AcneBotox.Core.Caching;

namespace AcneBotox.Core.Checks.Text;

/// <summary>
/// Estimates how many syllables an English word has when read aloud. Vowel groups are the base;
/// the adjustments fix the cases that move grade scores most (silent final e, -ed and -es endings,
/// vowel pairs said as two syllables, suffixes after a silent e) and a short list of words the rules
/// get wrong. Aims at dictionary counts, not at any other tool's counts.
/// </summary>
public static class SyllableCounter
{
    // Words the rules miscount that patient handouts use; counts from a pronouncing dictionary.
    private static readonly FrozenDictionary<string, int> Exceptions = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["acne"] = 2, ["create"] = 2, ["created"] = 3, ["creates"] = 2, ["creating"] = 3, ["creation"] = 3,
        ["science"] = 2, ["sciences"] = 3, ["every"] = 2, ["everyone"] = 3, ["everything"] = 3,
        ["business"] = 2, ["different"] = 3, ["interest"] = 3, ["interested"] = 4, ["interesting"] = 4,
        ["several"] = 3, ["evening"] = 2, ["family"] = 3, ["chocolate"] = 3, ["vegetable"] = 4,
        ["real"] = 1, ["area"] = 3, ["areas"] = 3, ["idea"] = 3, ["ideas"] = 3, ["nausea"] = 3, ["being"] = 2,
        ["recipe"] = 3, ["simile"] = 3, ["cafe"] = 2, ["maybe"] = 2, ["anyone"] = 3, ["someone"] = 2,
        ["sometimes"] = 2, ["somewhere"] = 2, ["themselves"] = 2, ["yourself"] = 2, ["ourselves"] = 2,
        ["whereas"] = 2, ["doesn"] = 2, ["isn"] = 2, ["wasn"] = 2, ["didn"] = 2, ["hasn"] = 2, ["couldn"] = 2,
        ["wouldn"] = 2, ["shouldn"] = 2, ["aren"] = 1, ["weren"] = 1, ["pharmacies"] = 3, ["tiredness"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] SuffixesAfterSilentE = ["ment", "ness", "less", "ful", "ly"];

    // Handouts reuse a small vocabulary, and a batch scores hundreds of them: remember the counts of the words in
    // recent use, so a batch of thousands of different handouts (or a hostile one of millions of distinct words)
    // holds no more of them than a batch of ten.
    private static readonly RecentCache<string, int> Remembered = new(8_192, StringComparer.Ordinal);

    /// <summary>The syllables in one word (letters, apostrophes and hyphens; digits count one per digit). At least 1.</summary>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Remembered.GetOrAdd(word, CountUncached);
    }

    private static int CountUncached(string word)
    {
        var total = 0;
        foreach (var part in word.Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries))
            total += CountPart(part);
        return Math.Max(1, total);
    }

    private static int CountPart(string part)
    {
        var digits = part.Count(char.IsAsciiDigit);
        if (digits > 0) return digits; // read aloud, "2023" is even longer; one per digit is the plain estimate
        var letters = new string([.. part.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        if (letters.Length == 0) return 0;
        return CountLetters(letters);
    }

    private static int CountLetters(string w)
    {
        if (Exceptions.TryGetValue(w, out var known)) return known;
        foreach (var suffix in SuffixesAfterSilentE)
        {
            // "likely", "improvement": the e before the suffix is silent, so count the stem on its own.
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal)
                && w[^(suffix.Length + 1)] == 'e' && !IsVowel(w, w.Length - suffix.Length - 2))
                return CountLetters(w[..^suffix.Length]) + 1;
        }

        var count = VowelGroups(w);
        count -= SilentEndings(w);
        count += SplitVowelPairs(w);
        return Math.Max(1, count);
    }

    private static int VowelGroups(string w)
    {
        var groups = 0;
        var inGroup = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = IsVowel(w, i);
            if (vowel && !inGroup) groups++;
            inGroup = vowel;
        }
        return groups;
    }

    /// <summary>True when the letter at <paramref name="i"/> is said as a vowel: y before a vowel at the start and u after q are consonants.</summary>
    private static bool IsVowel(string w, int i)
    {
        var c = w[i];
        if (c == 'y') return !(i == 0 && w.Length > 1 && "aeiou".Contains(w[1], StringComparison.Ordinal));
        if (c == 'u' && i > 0 && w[i - 1] == 'q') return false;
        return c is 'a' or 'e' or 'i' or 'o' or 'u';
    }

    private static int SilentEndings(string w)
    {
        if (w.Length < 3) return 0;
        var n = w.Length;
        if (w[n - 1] == 'e' && !IsVowel(w, n - 2))
        {
            // "table", "people": a consonant + le is its own syllable.
            if (w[n - 2] == 'l' && n >= 3 && !IsVowel(w, n - 3)) return 0;
            return VowelGroups(w) > 1 ? 1 : 0;
        }
        if (n >= 4 && w[n - 2] == 'e' && (w[n - 1] == 'd' || w[n - 1] == 's') && !IsVowel(w, n - 3))
        {
            var before = w[n - 3];
            if (w[n - 1] == 'd' && before is 't' or 'd') return 0; // "wanted", "needed"
            if (w[n - 1] == 's' && (before is 's' or 'x' or 'z' or 'c' or 'g' || w.EndsWith("ches", StringComparison.Ordinal)
                || w.EndsWith("shes", StringComparison.Ordinal))) return 0; // "causes", "changes"
            if (before == 'l' && n >= 5 && !IsVowel(w, n - 4)) return 0; // "troubled", "bottles"
            return VowelGroups(w) > 1 ? 1 : 0;
        }
        return 0;
    }

    private static int SplitVowelPairs(string w)
    {
        var extra = 0;
        // "trial", "media", "bacteria" but not "social", "initial" (the -cial/-tial sound is one syllable).
        for (var i = w.IndexOf("ia", StringComparison.Ordinal); i >= 0; i = w.IndexOf("ia", i + 1, StringComparison.Ordinal))
            if (i == 0 || (w[i - 1] != 'c' && w[i - 1] != 't')) extra++;
        // "actual", "evaluate"; "language" and "quality" say the u as a w.
        for (var i = w.IndexOf("ua", StringComparison.Ordinal); i > 0; i = w.IndexOf("ua", i + 1, StringComparison.Ordinal))
            if (w[i - 1] != 'q' && w[i - 1] != 'g') extra++;
        // "diet", "quiet", "anxiety", "society".
        if (w.Contains("iet", StringComparison.Ordinal)) extra++;
        // "nutrient", "client", "experience" but not "patient", "efficient".
        foreach (var ending in (string[])["ient", "ience"])
        {
            var at = w.IndexOf(ending, StringComparison.Ordinal);
            if (at > 0 && !IsVowel(w, at - 1) && w[at - 1] != 'c' && w[at - 1] != 't') extra++;
        }
        // "serious", "various", "previous" but not "delicious", "infectious", "contagious".
        var ious = w.IndexOf("ious", StringComparison.Ordinal);
        if (ious > 0 && w[ious - 1] is not ('c' or 't' or 'x' or 'g')) extra++;
        // "period", "prior", "biology", "ratio" but not "-tion", "-sion".
        for (var i = w.IndexOf("io", StringComparison.Ordinal); i >= 0; i = w.IndexOf("io", i + 1, StringComparison.Ordinal))
        {
            var sion = i > 0 && w[i - 1] is 't' or 's' or 'c' or 'x' or 'g';
            var nion = i > 0 && w[i - 1] is 'l' or 'n' && w.AsSpan(i).StartsWith("ion"); // "million", "opinion"
            if (!sion && !nion && !w.AsSpan(i).StartsWith("iou")) extra++;
        }
        // "being", "doing", "going", "saying".
        if (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && IsVowel(w, w.Length - 4)) extra++;
        // "easier", "earlier", "happiest".
        if (w.Length > 5 && (w.EndsWith("ier", StringComparison.Ordinal) || w.EndsWith("iest", StringComparison.Ordinal)
            || w.EndsWith("iers", StringComparison.Ordinal))) extra++;
        // "react", "reaction"; "associated", "appreciate".
        if (w.StartsWith("react", StringComparison.Ordinal)) extra++;
        if (w.Contains("ciat", StringComparison.Ordinal)) extra++;
        // "video", "rodeo"; "organism", "mechanism".
        if (w.Length > 3 && w.EndsWith("eo", StringComparison.Ordinal)) extra++;
        if (w.EndsWith("ism", StringComparison.Ordinal) || w.EndsWith("isms", StringComparison.Ordinal)) extra++;
        return extra;
    }
}
