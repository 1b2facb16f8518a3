using System.Globalization;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>
/// Refuses, before Markdig sees it, text on which Markdig's link parser takes quadratic time. At every
/// <c>](</c> Markdig reads a link destination, which ends only at a space, a line break or the matching
/// <c>)</c>; in an unbroken run such as <c>[a]([a]([a](...</c> each of the k openings reads to the end of the
/// run, so a run of length L costs k x L (100 KB took 15 s, 400 KB minutes). The sum of k x L over the
/// runs bounds that work; real text, where links are separated by spaces or closed at once, stays far
/// below the budget. We do not patch Markdig: a document past the budget fails with one clear error.
/// </summary>
internal static class LinkScanBudget
{
    /// <summary>Most characters Markdig may read for link destinations, in all: a few tenths of a second.</summary>
    public const long MaxWork = 20_000_000;

    /// <summary>Throws <see cref="DocumentException"/> when <paramref name="text"/> is past the budget.</summary>
    public static void Check(string text, string path)
    {
        long work = 0;
        var line = 1;
        var runStart = 0;
        var runLine = 1;
        var openings = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (c == '(' && i > 0 && text[i - 1] == ']') openings++;
            if (!char.IsWhiteSpace(c)) continue;
            if (openings > 0)
            {
                var cost = (long)openings * (i - runStart);
                work += cost;
                if (work > MaxWork) throw TooMuch(path, runLine, openings, i - runStart);
            }
            if (c == '\n') line++;
            openings = 0;
            runStart = i + 1;
            runLine = line;
        }
    }

    private static DocumentException TooMuch(string path, int line, int openings, int length) =>
        new("reader.link-scan",
            string.Create(CultureInfo.InvariantCulture,
                $"{openings:N0} link openings \"](\" in one unbroken run of {length:N0} characters; reading it takes time that grows with the square of its length"),
            path, line, "put a space or a line break between links, close each link with ')', or write \\( for a literal bracket");
}
