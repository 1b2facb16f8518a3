using System.Collections.Immutable;
using System.Text;

namespace AcneBotox.Core.Checks.Text;

/// <summary>
/// Divides a Spanish word into syllables by the spelling rules of the Real Academia Española, which are regular
/// enough to need no dictionary. Vowel runs: two strong vowels (a, e, o) are a hiatus; a strong vowel and an
/// unstressed weak one (i, u, ü, and y at the end of a word) are a diphthong, as are two weak ones; a weak vowel
/// with a written accent (í, ú) beside a strong one stands alone (país, baúl); weak-strong-weak is a triphthong (buey, averiguáis).
/// The u of "que, qui, gue, gui" is silent. Consonants between nuclei: one goes with the next vowel (ch, ll, rr
/// are one sound); two are split unless they form an onset such as pr, bl, tr; of three, the onset keeps two when
/// it can (com-pra), else one (cons-ta). H is a consonant here, so "prohibir" counts as pronounced, pro-hi-bir.
/// </summary>
public static class SpanishSyllables
{
    // Onsets that begin a syllable together: a plosive or f followed by l or r (dl only in loans, left out).
    private static readonly ImmutableHashSet<string> Onsets =
    [
        "pr", "br", "tr", "dr", "cr", "gr", "fr", "kr",
        "pl", "bl", "cl", "gl", "fl", "kl",
    ];

    // The digraphs that are one consonant sound.
    private static readonly ImmutableHashSet<string> Digraphs = ["ch", "ll", "rr"];

    /// <summary>The syllables of one word (letters; a hyphenated word is split at the hyphens). At least 1.</summary>
    public static int Count(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var total = 0;
        foreach (var part in word.Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries))
        {
            var digits = part.Count(char.IsAsciiDigit);
            // A number is read aloud; one syllable a digit is the plain estimate, as for English.
            total += digits > 0 ? digits : Split(part).Length;
        }
        return Math.Max(1, total);
    }

    /// <summary>The syllables of one word, lower-cased, e.g. "ciu-dad" as <c>["ciu", "dad"]</c>; empty when it has no letters.</summary>
    public static ImmutableArray<string> Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = Letters(word);
        if (letters.Length == 0) return [];
        var kinds = Classify(letters);
        var nuclei = Nuclei(letters, kinds);
        if (nuclei.Count == 0) return [letters];

        var syllables = ImmutableArray.CreateBuilder<string>(nuclei.Count);
        var start = 0;
        for (var n = 0; n < nuclei.Count; n++)
        {
            var end = n + 1 < nuclei.Count ? Boundary(letters, nuclei[n].End, nuclei[n + 1].Start) : letters.Length;
            syllables.Add(letters[start..end]);
            start = end;
        }
        return syllables.MoveToImmutable();
    }

    private enum Kind { Consonant, Strong, Weak, StressedWeak, Silent }

    private static string Letters(string word)
    {
        var text = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormC))
            if (char.IsLetter(c)) text.Append(char.ToLowerInvariant(c));
        return text.ToString();
    }

    private static Kind[] Classify(string w)
    {
        var kinds = new Kind[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            kinds[i] = w[i] switch
            {
                'a' or 'e' or 'o' or 'á' or 'é' or 'ó' or 'à' or 'è' or 'ò' or 'â' or 'ê' or 'ô' => Kind.Strong,
                'i' or 'u' or 'ü' or 'ï' => Kind.Weak,
                'í' or 'ú' => Kind.StressedWeak,
                // Y is a vowel at the end of a word after a vowel (hoy, buey, Uruguay), or alone (the word "y").
                'y' when IsVowelY(w, i) => Kind.Weak,
                _ => Kind.Consonant,
            };
            // "que, qui, gue, gui": the u only marks the sound of the consonant (güe, güi keep theirs).
            if (w[i] == 'u' && i > 0 && w[i - 1] is 'q' or 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' or 'é' or 'í')
                kinds[i] = Kind.Silent;
        }
        return kinds;
    }

    private static bool IsVowelY(string w, int i)
    {
        if (w.Length == 1) return true;
        var atEnd = i == w.Length - 1 || (i == w.Length - 2 && w[^1] == 's'); // "reyes" keeps a consonant y, "jerseys" not
        return atEnd && i > 0 && IsVowelLetter(w[i - 1]);
    }

    private static bool IsVowelLetter(char c) => "aeiouáéíóúüàèìòùâêîôûï".Contains(c, StringComparison.Ordinal);

    // Each nucleus is a run of vowels said as one syllable: [Start, End).
    private static List<(int Start, int End)> Nuclei(string w, Kind[] kinds)
    {
        var nuclei = new List<(int Start, int End)>();
        var i = 0;
        while (i < w.Length)
        {
            if (kinds[i] is Kind.Consonant or Kind.Silent)
            {
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < w.Length && IsVowel(kinds[i]) && SameSyllable(kinds[i - 1], kinds[i])) i++;
            nuclei.Add((start, i));
        }
        return nuclei;
    }

    private static bool IsVowel(Kind kind) => kind is Kind.Strong or Kind.Weak or Kind.StressedWeak;

    // Two strong vowels are a hiatus, and so is a stressed í or ú beside a strong vowel (país, baúl); any other pair is
    // a diphthong, including a weak vowel with a stressed weak one, where the accent only marks the stress (lin-güís-ti-ca).
    private static bool SameSyllable(Kind previous, Kind next) => (previous, next) switch
    {
        (Kind.Strong, Kind.Strong) => false,
        (Kind.StressedWeak, Kind.Strong) or (Kind.Strong, Kind.StressedWeak) => false,
        _ => true,
    };

    // Where the syllable ending at the nucleus that closes at `end` gives way to the one whose nucleus starts at `next`.
    private static int Boundary(string w, int end, int next)
    {
        // The consonant sounds between the two nuclei (a digraph is one sound; a silent u belongs to its consonant).
        var sounds = new List<(int Start, int Length)>();
        var i = end;
        while (i < next)
        {
            var length = i + 1 < next && (Digraphs.Contains(w.Substring(i, 2)) || (w[i] is 'q' or 'g' && w[i + 1] == 'u')) ? 2 : 1;
            sounds.Add((i, length));
            i += length;
        }
        return sounds.Count switch
        {
            0 => next, // hiatus: po-e-ta
            1 => sounds[0].Start, // a-mo, ca-lle, pe-rro
            2 => IsOnset(w, sounds[0], sounds[1]) ? sounds[0].Start : sounds[1].Start, // a-pre-tar, ac-né
            3 => IsOnset(w, sounds[1], sounds[2]) ? sounds[1].Start : sounds[2].Start, // com-pra, cons-ta
            _ => IsOnset(w, sounds[^2], sounds[^1]) ? sounds[^2].Start : sounds[^1].Start, // obs-truir
        };
    }

    private static bool IsOnset(string w, (int Start, int Length) first, (int Start, int Length) second) =>
        first.Length == 1 && second.Length == 1 && Onsets.Contains(string.Concat(w[first.Start], w[second.Start]));
}
