namespace AcneBotox.Core.Bidi;

/// <summary>Paired brackets (Bidi_Paired_Bracket, Bidi_Paired_Bracket_Type) for rule N0 of UAX #9.</summary>
internal static partial class BidiBracketTable
{
    private static readonly Dictionary<int, (int Pair, bool Opens)> Pairs = Load();

    /// <summary>The bracket's canonical form (U+2329/U+232A are canonically U+3008/U+3009), its pair and whether it opens; null for other characters.</summary>
    public static (int Canonical, int Pair, bool Opens)? Of(int codePoint)
    {
        if (!Pairs.TryGetValue(codePoint, out var entry)) return null;
        return (Canonical(codePoint), Canonical(entry.Pair), entry.Opens);
    }

    private static int Canonical(int codePoint) => codePoint switch { 0x2329 => 0x3008, 0x232A => 0x3009, _ => codePoint };

    private static Dictionary<int, (int, bool)> Load()
    {
        var table = new Dictionary<int, (int, bool)>();
        var brackets = Brackets;
        for (var i = 0; i < brackets.Length; i += 3) table[brackets[i]] = (brackets[i + 1], brackets[i + 2] == 1);
        return table;
    }
}
