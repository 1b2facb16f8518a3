using System.Globalization;
using System.Text.RegularExpressions;

namespace AcneBotox.Conformance.Tests.Checks;

/// <summary>Runs GNU <c>style</c> (Debian package <c>diction</c>) on a text file and reads its numbers.</summary>
internal static partial class GnuStyle
{
    public sealed record Report(double Kincaid, double Smog, double FleschIndex, int Words, int Sentences);

    public static Report Run(string text)
    {
        var style = RealClient.Require("style", "apt-get install diction");
        var file = Path.Combine(Path.GetTempPath(), $"acnebotox-style-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(file, text);
            var outcome = RealClient.Run(style, [file], timeout: TimeSpan.FromMinutes(1),
                environment: new Dictionary<string, string> { ["LC_ALL"] = "C" });
            Assert.True(outcome.ExitCode == 0, $"style failed: {outcome.StandardError}");
            var output = outcome.StandardOutput;
            return new Report(
                Number(KincaidPattern(), output), Number(SmogPattern(), output), Number(FleschPattern(), output),
                (int)Number(WordsPattern(), output), (int)Number(SentencesPattern(), output));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// GNU style's English syllable rule, re-stated from its documented behaviour for the comparison:
    /// drop a final "ed", then count each lower-case vowel (a e i o u y) that is directly followed by a
    /// non-vowel, stepping over the pair; at least 1. A word-final vowel and capital vowels never count.
    /// </summary>
    public static int Syllables(string word)
    {
        var length = word.Length;
        if (length >= 2 && word.EndsWith("ed", StringComparison.Ordinal)) length -= 2;
        var count = 0;
        var i = 0;
        while (i < length)
        {
            if (i + 1 < length && IsVowel(word[i]) && !IsVowel(word[i + 1])) { count++; i += 2; }
            else i++;
        }
        return count == 0 ? 1 : count;
    }

    /// <summary>Words as style sees them in the C locale: runs of ASCII letters and hyphens (so "you’re" is two), or numbers.</summary>
    public static IEnumerable<string> Words(string sentence) => StyleWordPattern().Matches(sentence).Select(m => m.Value);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static double Number(Regex pattern, string output)
    {
        var match = pattern.Match(output);
        Assert.True(match.Success, $"style output lacks {pattern}: {output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Kincaid:\s*(-?[\d.]+)")] private static partial Regex KincaidPattern();
    [GeneratedRegex(@"SMOG-Grading:\s*(-?[\d.]+)")] private static partial Regex SmogPattern();
    [GeneratedRegex(@"Flesch Index:\s*(-?[\d.]+)")] private static partial Regex FleschPattern();
    [GeneratedRegex(@"(\d+) words,")] private static partial Regex WordsPattern();
    [GeneratedRegex(@"(\d+) sentences,")] private static partial Regex SentencesPattern();
    [GeneratedRegex(@"[A-Za-z][A-Za-z-]*|\d+(?:[.,]\d+)*")] private static partial Regex StyleWordPattern();
}
