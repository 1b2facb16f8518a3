namespace AcneBotox.Core.LineBreaking;

/// <summary>Which variant of the UAX #14 rules <see cref="LineBreakOpportunities"/> applies.</summary>
public enum LineBreakTailoring
{
    /// <summary>
    /// The annex's default rules with its numeric tailoring (Example 7 of section 8.2), exactly what Unicode's
    /// LineBreakTest.txt checks. Thai, Lao, Khmer and Myanmar words (class SA) never break inside.
    /// </summary>
    UnicodeDefault,

    /// <summary>
    /// The default rules, plus breaks inside Thai, Lao, Khmer and Myanmar text (written without spaces between
    /// words) between grapheme clusters, never after a preposed vowel or a stacking sign and never before a
    /// following spacing vowel or repetition mark. Without a dictionary this is the safe minimum for a handout.
    /// </summary>
    Handout,
}
