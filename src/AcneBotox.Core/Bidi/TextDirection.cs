using System.Collections.Frozen;

namespace AcneBotox.Core.Bidi;

/// <summary>
/// The one place that decides which way text runs, for every writer: a document's direction from its language
/// tag, a paragraph's from that and its own text, a run's from its text. The PDF sets RTL paragraphs from the
/// right, Word marks them <c>w:bidi</c>/<c>w:rtl</c>, HTML gives them <c>dir</c>.
/// </summary>
public static class TextDirection
{
    // ISO 639 languages written right to left by default (BCP 47 primary subtags).
    private static readonly FrozenSet<string> RightToLeftLanguages = FrozenSet.ToFrozenSet(
        ["ar", "he", "iw", "fa", "ur", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "syr", "arc", "prs", "pnb", "ks", "bal"], StringComparer.OrdinalIgnoreCase);

    // ISO 15924 scripts written right to left: a script subtag overrides the language's default (az-Arab, ks-Deva).
    private static readonly FrozenSet<string> RightToLeftScripts = FrozenSet.ToFrozenSet(
        ["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr", "Mend", "Yezi"], StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="languageTag"/> names a language or script written right to left (<c>ar</c>, <c>he-IL</c>, <c>az-Arab</c>).</summary>
    public static bool IsRightToLeftLanguage(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag)) return false;
        var subtags = languageTag.Split('-', '_');
        foreach (var subtag in subtags.Skip(1))
        {
            if (subtag.Length == 1) break;   // extensions and private use say nothing about the script
            if (subtag.Length == 4 && subtag.All(char.IsAsciiLetter)) return RightToLeftScripts.Contains(subtag);
        }
        return RightToLeftLanguages.Contains(subtags[0]);
    }

    /// <summary>The base direction of a document in <paramref name="languageTag"/>.</summary>
    public static BaseDirection ForDocument(string? languageTag) =>
        IsRightToLeftLanguage(languageTag) ? BaseDirection.RightToLeft : BaseDirection.LeftToRight;

    /// <summary>
    /// The base direction of one paragraph of <paramref name="document"/>: in a right-to-left document every
    /// paragraph is right to left unless it holds no right-to-left letter but some left-to-right one (a Latin
    /// reference line), so a sentence that starts with a drug name stays right to left; in a left-to-right document
    /// a paragraph whose first strong letter is right to left is right to left (UAX #9 P2-P3).
    /// </summary>
    public static BaseDirection ForParagraph(string text, BaseDirection document)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (document == BaseDirection.RightToLeft)
            return HasRightToLeft(text) || !HasStrong(text) ? BaseDirection.RightToLeft : BaseDirection.LeftToRight;
        return IsRightToLeftText(text) ? BaseDirection.RightToLeft : BaseDirection.LeftToRight;
    }

    /// <summary>True when the first strong character of <paramref name="text"/> is right to left (a run Word marks <c>w:rtl</c>).</summary>
    /// <remarks>
    /// The first strong character can only be right to left when there is one (UAX #9 P2-P3), so text without any is
    /// answered by a scan; every paragraph of every format asks, and most hold none.
    /// </remarks>
    public static bool IsRightToLeftText(string text) => HasRightToLeft(text) && BidiParagraph.Resolve(text).ParagraphLevel == 1;

    /// <summary>True when <paramref name="text"/> holds any right-to-left letter.</summary>
    public static bool HasRightToLeft(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            // No character before the Hebrew block is of class R or AL: Latin, Greek and Cyrillic text needs no lookup.
            if (text[i] < FirstRightToLeft) continue;
            var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            if (BidiClassTable.Of(codePoint) is BidiClass.R or BidiClass.AL) return true;
        }
        return false;
    }

    // U+0590, the start of the Hebrew block: the first code point of class R.
    private const char FirstRightToLeft = '\u0590';

    private static bool HasStrong(string text) => Scan(text, c => c is BidiClass.R or BidiClass.AL or BidiClass.L);

    private static bool Scan(string text, Func<BidiClass, bool> wanted)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            if (wanted(BidiClassTable.Of(codePoint))) return true;
        }
        return false;
    }
}
