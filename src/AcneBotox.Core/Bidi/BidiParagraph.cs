namespace AcneBotox.Core.Bidi;

/// <summary>
/// One paragraph resolved by the Unicode Bidirectional Algorithm (UAX #9, rules P2-P3, X1-X10, W1-W7, N0-N2, I1-I2
/// and L1-L2): the paragraph's level, each character's embedding level, and for any line of it the order in which
/// its characters are shown. Mirroring (L4) is left to the shaper, which mirrors glyphs in right-to-left runs.
/// </summary>
public sealed class BidiParagraph
{
    private readonly int[] _codePoints;
    private readonly int[] _utf16Start;
    private readonly BidiClass[] _initial;
    private readonly byte[] _levels;
    private readonly int[] _indexOfUtf16;

    private BidiParagraph(string text, int[] codePoints, int[] utf16Start, int[] indexOfUtf16, BidiClass[] initial, int paragraphLevel, byte[] levels)
    {
        Text = text;
        _codePoints = codePoints;
        _utf16Start = utf16Start;
        _indexOfUtf16 = indexOfUtf16;
        _initial = initial;
        ParagraphLevel = paragraphLevel;
        _levels = levels;
    }

    /// <summary>The paragraph's text.</summary>
    public string Text { get; }

    /// <summary>The paragraph embedding level: 0 left to right, 1 right to left.</summary>
    public int ParagraphLevel { get; }

    /// <summary>True when the paragraph is set from the right.</summary>
    public bool IsRightToLeft => (ParagraphLevel & 1) == 1;

    /// <summary>Resolves <paramref name="text"/> (one paragraph, no paragraph separators inside) with the given base direction.</summary>
    public static BidiParagraph Resolve(string text, BaseDirection direction = BaseDirection.Auto)
    {
        ArgumentNullException.ThrowIfNull(text);
        var codePoints = new List<int>(text.Length);
        var starts = new List<int>(text.Length);
        var indexOfUtf16 = new int[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            indexOfUtf16[i] = codePoints.Count;
            starts.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoints.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                indexOfUtf16[++i] = codePoints.Count - 1;
            }
            else codePoints.Add(text[i]);
        }
        var cps = codePoints.ToArray();
        var initial = new BidiClass[cps.Length];
        for (var i = 0; i < cps.Length; i++) initial[i] = BidiClassTable.Of(cps[i]);
        var resolver = new BidiResolver(cps, initial);
        var level = direction switch
        {
            BaseDirection.LeftToRight => 0,
            BaseDirection.RightToLeft => 1,
            _ => Math.Max(0, resolver.FirstStrong(0, cps.Length)),
        };
        return new BidiParagraph(text, cps, [.. starts], indexOfUtf16, initial, level, resolver.Resolve(level));
    }

    /// <summary>
    /// True for a character rule X9 removes (explicit embeddings and overrides, boundary neutrals such as ZWJ): it
    /// has no level of its own and is shown beside its logical neighbour.
    /// </summary>
    public bool IsRemoved(int utf16Index) => IsRemovedClass(_initial[_indexOfUtf16[utf16Index]]);

    /// <summary>The resolved level of each UTF-16 code unit of the line <paramref name="start"/>..<paramref name="end"/> (end exclusive), after rule L1.</summary>
    public byte[] LineLevels(int start, int end)
    {
        var (first, last) = CodePointRange(start, end);
        var levels = CodePointLineLevels(first, last);
        var result = new byte[end - start];
        for (var i = start; i < end; i++) result[i - start] = levels[_indexOfUtf16[i] - first];
        return result;
    }

    /// <summary>The line's characters in visual order, left to right (rule L2), as UTF-16 indices of each character's first code unit.</summary>
    public int[] VisualOrder(int start, int end)
    {
        var (first, last) = CodePointRange(start, end);
        var levels = CodePointLineLevels(first, last);
        var order = Enumerable.Range(first, last - first).ToArray();
        ReverseByLevels(order, levels);
        return [.. order.Select(i => _utf16Start[i])];
    }

    /// <summary>The line cut into runs of one level, in visual order left to right (rule L2); each run keeps logical order inside.</summary>
    public IReadOnlyList<BidiRun> VisualRuns(int start, int end)
    {
        var (first, last) = CodePointRange(start, end);
        if (first == last) return [];
        var levels = CodePointLineLevels(first, last);
        var runs = new List<BidiRun>();
        var runLevels = new List<byte>();
        for (var i = 0; i < levels.Length;)
        {
            var j = i + 1;
            while (j < levels.Length && levels[j] == levels[i]) j++;
            var from = _utf16Start[first + i];
            var to = first + j < _codePoints.Length ? _utf16Start[first + j] : Text.Length;
            runs.Add(new BidiRun(from, to - from, levels[i]));
            runLevels.Add(levels[i]);
            i = j;
        }
        var visual = runs.ToArray();
        ReverseByLevels(visual, [.. runLevels]);
        return visual;
    }

    private (int First, int Last) CodePointRange(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);
        return (start == Text.Length ? _codePoints.Length : _indexOfUtf16[start], end == Text.Length ? _codePoints.Length : _indexOfUtf16[end]);
    }

    // Rule L1 at the line's end: trailing white space and isolate formatting characters take the paragraph level.
    // Removed characters take their logical neighbour's level, so they never split a run.
    private byte[] CodePointLineLevels(int first, int last)
    {
        var levels = new byte[last - first];
        Array.Copy(_levels, first, levels, 0, levels.Length);
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            var type = _initial[first + i];
            if (type is not (BidiClass.WS or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI) && !IsRemovedClass(type)) break;
            levels[i] = (byte)ParagraphLevel;
        }
        for (var i = 0; i < levels.Length; i++)
            if (IsRemovedClass(_initial[first + i])) levels[i] = i > 0 ? levels[i - 1] : (byte)ParagraphLevel;
        return levels;
    }

    // Rule L2: from the highest level down to the lowest odd one, reverse every stretch at that level or higher.
    private static void ReverseByLevels<T>(T[] items, byte[] levels)
    {
        if (items.Length == 0) return;
        int highest = levels.Max(), lowestOdd = levels.Where(l => (l & 1) == 1).DefaultIfEmpty((byte)(highest + 1)).Min();
        var order = Enumerable.Range(0, items.Length).ToArray();
        for (var level = highest; level >= lowestOdd; level--)
            for (var i = 0; i < order.Length;)
            {
                if (levels[order[i]] < level) { i++; continue; }
                var j = i;
                while (j < order.Length && levels[order[j]] >= level) j++;
                Array.Reverse(order, i, j - i);
                i = j;
            }
        var copy = (T[])items.Clone();
        for (var i = 0; i < items.Length; i++) items[i] = copy[order[i]];
    }

    internal static bool IsRemovedClass(BidiClass type) =>
        type is BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO or BidiClass.PDF or BidiClass.BN;
}
