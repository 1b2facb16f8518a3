namespace AcneBotox.Core.Bidi;

/// <summary>Bidi_Class of a code point, from ranges generated out of the Unicode Character Database (see tools/unicode/generate_bidi_tables.py).</summary>
internal static partial class BidiClassTable
{
    /// <summary>The bidi class of <paramref name="codePoint"/>.</summary>
    public static BidiClass Of(int codePoint)
    {
        var starts = Starts;
        var found = starts.BinarySearch(codePoint);
        return (BidiClass)Classes[found >= 0 ? found : ~found - 1];
    }
}
