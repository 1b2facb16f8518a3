using System.Globalization;
using System.Text;
using static AcneBotox.Core.LineBreaking.LineBreakClass;

namespace AcneBotox.Core.LineBreaking;

/// <summary>
/// Finds where lines may break in a text by the Unicode Line Breaking Algorithm (UAX #14, the rules of Unicode
/// 15.0 with the annex's numeric tailoring): ideographs break without spaces, nothing breaks before closing
/// punctuation (。、）」！？) or after opening punctuation, no line starts with a combining mark, numbers keep their
/// prefix and postfix ("$10.50", "50 %" apart from the space), a URL breaks after its slashes, and after a soft
/// hyphen. The layout measures the pieces between these places and chooses among them.
/// </summary>
public static class LineBreakOpportunities
{
    /// <summary>
    /// The break opportunities of <paramref name="text"/> in ascending order, each the index where the next line
    /// would start; the last one is the end of the text (mandatory). An empty text has none.
    /// </summary>
    public static IReadOnlyList<LineBreakOpportunity> Find(string text, LineBreakTailoring tailoring = LineBreakTailoring.Handout)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<LineBreakOpportunity>();
        if (text.Length == 0) return result;
        var units = Units(text);
        var regionalIndicators = 0; // how many RI units end at units[k - 1], counted as we go so flags stay linear
        for (var k = 1; k < units.Count; k++)
        {
            regionalIndicators = units[k - 1].Class == RI ? regionalIndicators + 1 : 0;
            var verdict = Decide(units, k, tailoring, regionalIndicators);
            if (verdict != Verdict.NoBreak) result.Add(new LineBreakOpportunity(units[k].Start, verdict == Verdict.Mandatory));
        }
        result.Add(new LineBreakOpportunity(text.Length, true));
        if (tailoring == LineBreakTailoring.Handout) result.RemoveAll(o => !o.IsMandatory && IsAfterHyphenInWebAddress(text, o.Index));
        return result;
    }

    // A printed web address never breaks after one of its hyphens: a hyphen at a line's end reads as a word division
    // (and text extractors such as pdftotext drop it), so a reader would type the address without it. Chicago style
    // breaks addresses after a slash or before a dot instead; those opportunities stay.
    private static bool IsAfterHyphenInWebAddress(string text, int index)
    {
        if (index <= 0 || index >= text.Length || text[index - 1] != '-') return false;
        var start = index - 1;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = index;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var word = text.AsSpan(start, end - start);
        return word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private enum Verdict { NoBreak, Break, Mandatory }

    // Rules LB1 (resolve AI, SA, SG, XX, CJ), LB9 (marks join their base) and LB10 (a lone mark is alphabetic).
    private static List<LineBreakUnit> Units(string text)
    {
        var units = new List<LineBreakUnit>(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var codePoint = status == System.Buffers.OperationStatus.Done ? rune.Value : text[i]; // a lone surrogate is SG
            if (status != System.Buffers.OperationStatus.Done) length = 1;
            var raw = LineBreakClasses.Of(codePoint);
            var resolved = raw switch
            {
                AI or SG or XX => AL,
                SA => IsMark(codePoint) ? CM : AL,
                CJ => NS,
                _ => raw,
            };
            if (resolved is CM or ZWJ && units.Count > 0 && units[^1].Class is not (BK or CR or LF or NL or SP or ZW))
                units[^1] = units[^1] with { Last = codePoint, EndsWithJoiner = resolved == ZWJ };
            else
                units.Add(new LineBreakUnit(i, resolved is CM or ZWJ ? AL : resolved, codePoint, codePoint, resolved == ZWJ, raw == SA && resolved == AL));
            i += length;
        }
        return units;
    }

    private static bool IsMark(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // The break between units[k - 1] and units[k], by the first rule that applies, in the annex's order.
    private static Verdict Decide(List<LineBreakUnit> units, int k, LineBreakTailoring tailoring, int regionalIndicators)
    {
        var before = units[k - 1].Class;
        var after = units[k].Class;

        if (before == BK) return Verdict.Mandatory;                                   // LB4
        if (before == CR && after == LF) return Verdict.NoBreak;                      // LB5
        if (before is CR or LF or NL) return Verdict.Mandatory;
        if (after is BK or CR or LF or NL) return Verdict.NoBreak;                    // LB6
        if (after is SP or ZW) return Verdict.NoBreak;                                // LB7
        var beforeSpaces = ClassBeforeSpaces(units, k);
        if (beforeSpaces == ZW) return Verdict.Break;                                 // LB8
        if (units[k - 1].EndsWithJoiner) return Verdict.NoBreak;                      // LB8a
        if (after == WJ || before == WJ) return Verdict.NoBreak;                      // LB11
        if (before == GL) return Verdict.NoBreak;                                     // LB12
        if (after == GL && before is not (SP or BA or HY)) return Verdict.NoBreak;    // LB12a
        if (after is CL or CP or EX or IS or SY) return Verdict.NoBreak;              // LB13
        if (beforeSpaces == OP) return Verdict.NoBreak;                               // LB14
        if (after == OP && beforeSpaces == QU) return Verdict.NoBreak;                // LB15
        if (after == NS && beforeSpaces is CL or CP) return Verdict.NoBreak;          // LB16
        if (after == B2 && beforeSpaces == B2) return Verdict.NoBreak;                // LB17
        if (before == SP) return Verdict.Break;                                       // LB18
        if (after == QU || before == QU) return Verdict.NoBreak;                      // LB19
        if (after == CB || before == CB) return Verdict.Break;                        // LB20
        if (after is BA or HY or NS || before == BB) return Verdict.NoBreak;          // LB21
        if (before is HY or BA && k >= 2 && units[k - 2].Class == HL) return Verdict.NoBreak; // LB21a
        if (before == SY && after == HL) return Verdict.NoBreak;                      // LB21b
        if (after == IN) return Verdict.NoBreak;                                      // LB22
        if (before is AL or HL && after == NU || before == NU && after is AL or HL) return Verdict.NoBreak; // LB23
        if (before == PR && after is ID or EB or EM || before is ID or EB or EM && after == PO) return Verdict.NoBreak; // LB23a
        if (before is PR or PO && after is AL or HL || before is AL or HL && after is PR or PO) return Verdict.NoBreak; // LB24
        if (InsideNumber(units, k)) return Verdict.NoBreak;                           // LB25
        if (before == JL && after is JL or JV or H2 or H3
            || before is JV or H2 && after is JV or JT
            || before is JT or H3 && after == JT) return Verdict.NoBreak;             // LB26
        if (before is JL or JV or JT or H2 or H3 && after == PO
            || before == PR && after is JL or JV or JT or H2 or H3) return Verdict.NoBreak; // LB27
        if (before is AL or HL && after is AL or HL)                                  // LB28
            return tailoring == LineBreakTailoring.Handout && SouthEastAsianClusterBreak(units[k - 1], units[k]) ? Verdict.Break : Verdict.NoBreak;
        if (before == IS && after is AL or HL) return Verdict.NoBreak;                // LB29
        if (before is AL or HL or NU && after == OP && !LineBreakClasses.IsWide(units[k].Base)
            || before == CP && !LineBreakClasses.IsWide(units[k - 1].Base) && after is AL or HL or NU) return Verdict.NoBreak; // LB30
        if (before == RI && after == RI && regionalIndicators % 2 == 1) return Verdict.NoBreak; // LB30a
        if (after == EM && (before == EB || LineBreakClasses.IsPictographicUnassigned(units[k - 1].Base))) return Verdict.NoBreak; // LB30b
        return Verdict.Break;                                                         // LB31
    }

    // The class of the last unit before units[k] that is not a space (for the "X SP* ×" rules).
    private static LineBreakClass ClassBeforeSpaces(List<LineBreakUnit> units, int k)
    {
        var j = k - 1;
        while (j > 0 && units[j].Class == SP) j--;
        return units[j].Class;
    }

    // The annex's numeric tailoring (section 8.2, example 7), which LineBreakTest.txt uses:
    // (PR|PO) × (OP|HY)? NU;  (OP|HY) × NU;  NU × (NU|SY|IS);
    // NU (NU|SY|IS)* × (NU|SY|IS|CL|CP);  NU (NU|SY|IS)* (CL|CP)? × (PO|PR)
    private static bool InsideNumber(List<LineBreakUnit> units, int k)
    {
        var before = units[k - 1].Class;
        var after = units[k].Class;
        if (before is PR or PO && (after == NU || after is OP or HY && k + 1 < units.Count && units[k + 1].Class == NU)) return true;
        if (before is OP or HY && after == NU) return true;
        if (after is NU or SY or IS or CL or CP && NumberEndsAt(units, k - 1)) return true;
        if (after is PO or PR && (NumberEndsAt(units, k - 1) || before is CL or CP && NumberEndsAt(units, k - 2))) return true;
        return false;
    }

    // True when units[..j] ends with NU (NU|SY|IS)*.
    private static bool NumberEndsAt(List<LineBreakUnit> units, int j)
    {
        for (; j >= 0 && units[j].Class is NU or SY or IS; j--)
            if (units[j].Class == NU) return true;
        return false;
    }

    // Thai, Lao, Khmer and Myanmar words are written without spaces: break between grapheme clusters, but never
    // after a vowel written before its consonant (Logical_Order_Exception), after a stacking sign (Khmer coeng,
    // Myanmar and Tai Tham virama), or before a spacing vowel or repetition mark that follows its syllable.
    private static bool SouthEastAsianClusterBreak(LineBreakUnit before, LineBreakUnit after) =>
        before.IsSouthEastAsian && after.IsSouthEastAsian
        && !IsPreposedVowel(before.Base) && before.Last is not (0x17D2 or 0x1039 or 0x1A60)
        && after.Base is not (0x0E30 or 0x0E32 or 0x0E33 or 0x0E45 or 0x0E46 or 0x0E2F or 0x0EB0 or 0x0EB2 or 0x0EB3 or 0x0EC6 or 0x0EAF);

    private static bool IsPreposedVowel(int codePoint) =>
        codePoint is >= 0x0E40 and <= 0x0E44 or >= 0x0EC0 and <= 0x0EC4 or >= 0x19B5 and <= 0x19B7 or 0x19BA
            or 0xAAB5 or 0xAAB6 or 0xAAB9 or 0xAABB or 0xAABC;
}
