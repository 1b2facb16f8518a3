namespace AcneBotox.Core.LineBreaking;

/// <summary>Looks up the Line_Break class of a code point in the table generated from Unicode's LineBreak.txt.</summary>
public static class LineBreakClasses
{
    /// <summary>The Unicode version of the table.</summary>
    public static string UnicodeVersion => LineBreakClassData.UnicodeVersion;

    /// <summary>The Line_Break class of <paramref name="codePoint"/> as LineBreak.txt gives it (before rule LB1 resolves it).</summary>
    public static LineBreakClass Of(int codePoint) => (LineBreakClass)(Value(codePoint) & 0x3F);

    /// <summary>True for opening or closing punctuation whose East_Asian_Width is F, W or H (rule LB30 leaves them out).</summary>
    internal static bool IsWide(int codePoint) => (Value(codePoint) & LineBreakClassData.Wide) != 0;

    /// <summary>True for an unassigned Extended_Pictographic code point (rule LB30b).</summary>
    internal static bool IsPictographicUnassigned(int codePoint) => (Value(codePoint) & LineBreakClassData.PictographicUnassigned) != 0;

    private static byte Value(int codePoint)
    {
        if ((uint)codePoint > 0x10FFFF) return (byte)LineBreakClass.XX;
        var starts = LineBreakClassData.RangeStarts;
        var index = starts.BinarySearch(codePoint);
        if (index < 0) index = ~index - 1;
        return LineBreakClassData.RangeValues[index];
    }
}
