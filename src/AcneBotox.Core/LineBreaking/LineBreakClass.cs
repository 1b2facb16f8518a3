namespace AcneBotox.Core.LineBreaking;

/// <summary>
/// The Line_Break property values of Unicode Standard Annex #14 (https://www.unicode.org/reports/tr14/), named by their
/// two-letter codes so the rules read as the annex writes them. The numeric values are the generated table's.
/// </summary>
#pragma warning disable CA1707, CA1720 // the annex's own codes are the clearest names
public enum LineBreakClass : byte
{
    /// <summary>Unknown (unassigned, private use); resolved as AL.</summary>
    XX,
    /// <summary>Ambiguous (alphabetic or ideographic); resolved as AL.</summary>
    AI,
    /// <summary>Alphabetic and ordinary symbols.</summary>
    AL,
    /// <summary>Break opportunity before and after (em dash).</summary>
    B2,
    /// <summary>Break after (hyphens, soft hyphen, most spaces other than U+0020).</summary>
    BA,
    /// <summary>Break before.</summary>
    BB,
    /// <summary>Mandatory break.</summary>
    BK,
    /// <summary>Contingent break (objects).</summary>
    CB,
    /// <summary>Conditional Japanese starter (small kana); resolved as NS.</summary>
    CJ,
    /// <summary>Closing punctuation (」、。).</summary>
    CL,
    /// <summary>Combining mark.</summary>
    CM,
    /// <summary>Closing parenthesis.</summary>
    CP,
    /// <summary>Carriage return.</summary>
    CR,
    /// <summary>Emoji base.</summary>
    EB,
    /// <summary>Emoji modifier.</summary>
    EM,
    /// <summary>Exclamation and interrogation (! ? ！ ？).</summary>
    EX,
    /// <summary>Non-breaking glue (no-break space).</summary>
    GL,
    /// <summary>Hangul LV syllable.</summary>
    H2,
    /// <summary>Hangul LVT syllable.</summary>
    H3,
    /// <summary>Hebrew letter.</summary>
    HL,
    /// <summary>Hyphen-minus.</summary>
    HY,
    /// <summary>Ideographic (CJK ideographs, kana, most emoji).</summary>
    ID,
    /// <summary>Inseparable (ellipsis).</summary>
    IN,
    /// <summary>Infix numeric separator (. , : ;).</summary>
    IS,
    /// <summary>Hangul leading jamo.</summary>
    JL,
    /// <summary>Hangul trailing jamo.</summary>
    JT,
    /// <summary>Hangul vowel jamo.</summary>
    JV,
    /// <summary>Line feed.</summary>
    LF,
    /// <summary>Next line.</summary>
    NL,
    /// <summary>Non-starter (small kana, iteration marks).</summary>
    NS,
    /// <summary>Numeric digit.</summary>
    NU,
    /// <summary>Opening punctuation.</summary>
    OP,
    /// <summary>Postfix numeric (% °).</summary>
    PO,
    /// <summary>Prefix numeric ($ + €).</summary>
    PR,
    /// <summary>Quotation mark.</summary>
    QU,
    /// <summary>Regional indicator (flag halves).</summary>
    RI,
    /// <summary>Complex-context dependent (Thai, Lao, Khmer, Myanmar).</summary>
    SA,
    /// <summary>Surrogate; resolved as AL.</summary>
    SG,
    /// <summary>Space.</summary>
    SP,
    /// <summary>Symbol allowing a break after (solidus).</summary>
    SY,
    /// <summary>Word joiner.</summary>
    WJ,
    /// <summary>Zero-width space.</summary>
    ZW,
    /// <summary>Zero-width joiner.</summary>
    ZWJ,
}
#pragma warning restore CA1707, CA1720
