namespace AcneBotox.Core.Bidi;

/// <summary>
/// The level-resolving rules of UAX #9 for one paragraph of code points: explicit levels (X1-X8), removal (X9),
/// isolating run sequences (X10), weak types (W1-W7), paired brackets (N0), neutrals (N1-N2), implicit levels
/// (I1-I2) and the separator part of L1. Line-dependent rules live in <see cref="BidiParagraph"/>.
/// </summary>
internal sealed class BidiResolver
{
    private const int MaxDepth = 125;
    private const int MaxBracketPairs = 63;

    private readonly int[] _codePoints;
    private readonly BidiClass[] _initial;
    private readonly int[] _matchingPdi;
    private readonly int[] _matchingInitiator;

    public BidiResolver(int[] codePoints, BidiClass[] initial)
    {
        _codePoints = codePoints;
        _initial = initial;
        (_matchingPdi, _matchingInitiator) = MatchIsolates(initial);
    }

    /// <summary>Rules P2-P3 on <paramref name="start"/>..<paramref name="end"/>: 0 or 1 from the first strong character outside isolates, -1 when there is none.</summary>
    public int FirstStrong(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            switch (_initial[i])
            {
                case BidiClass.L: return 0;
                case BidiClass.R or BidiClass.AL: return 1;
                case BidiClass.LRI or BidiClass.RLI or BidiClass.FSI:
                    if (_matchingPdi[i] < 0) return -1;
                    i = _matchingPdi[i];
                    break;
                default: break;
            }
        }
        return -1;
    }

    /// <summary>The resolved level of every code point, with the paragraph at <paramref name="paragraphLevel"/>.</summary>
    public byte[] Resolve(int paragraphLevel)
    {
        var n = _initial.Length;
        var types = (BidiClass[])_initial.Clone();
        var levels = new byte[n];
        Explicit(paragraphLevel, types, levels);
        // sos and eos come from the explicit levels, before any sequence's implicit levels change them.
        var explicitLevels = (byte[])levels.Clone();
        foreach (var sequence in IsolatingRunSequences(explicitLevels)) ResolveSequence(sequence, types, explicitLevels, levels, paragraphLevel);
        // L1, the part that does not depend on where lines end: separators and the white space before them.
        for (var i = 0; i < n; i++)
        {
            if (_initial[i] is not (BidiClass.S or BidiClass.B)) continue;
            levels[i] = (byte)paragraphLevel;
            for (var j = i - 1; j >= 0 && IsWhitespaceForL1(_initial[j]); j--) levels[j] = (byte)paragraphLevel;
        }
        return levels;
    }

    private static bool IsWhitespaceForL1(BidiClass type) =>
        type is BidiClass.WS or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI || BidiParagraph.IsRemovedClass(type);

    private static (int[] Pdi, int[] Initiator) MatchIsolates(BidiClass[] initial)
    {
        var pdi = new int[initial.Length];
        var initiator = new int[initial.Length];
        Array.Fill(pdi, -1);
        Array.Fill(initiator, -1);
        var open = new Stack<int>();
        for (var i = 0; i < initial.Length; i++)
        {
            if (initial[i] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI) open.Push(i);
            else if (initial[i] == BidiClass.PDI && open.Count > 0)
            {
                var start = open.Pop();
                pdi[start] = i;
                initiator[i] = start;
            }
        }
        return (pdi, initiator);
    }

    // X1-X8: the directional status stack.
    private void Explicit(int paragraphLevel, BidiClass[] types, byte[] levels)
    {
        var stack = new Stack<(byte Level, BidiClass Override, bool Isolate)>();
        stack.Push(((byte)paragraphLevel, BidiClass.ON, false));
        int overflowIsolates = 0, overflowEmbeddings = 0, validIsolates = 0;
        for (var i = 0; i < types.Length; i++)
        {
            var type = _initial[i];
            var top = stack.Peek();
            switch (type)
            {
                case BidiClass.RLE or BidiClass.LRE or BidiClass.RLO or BidiClass.LRO:
                {
                    levels[i] = top.Level;
                    var level = NextLevel(top.Level, type is BidiClass.RLE or BidiClass.RLO);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                        stack.Push(((byte)level, type switch { BidiClass.RLO => BidiClass.R, BidiClass.LRO => BidiClass.L, _ => BidiClass.ON }, false));
                    else if (overflowIsolates == 0) overflowEmbeddings++;
                    break;
                }
                case BidiClass.RLI or BidiClass.LRI or BidiClass.FSI:
                {
                    levels[i] = top.Level;
                    if (top.Override != BidiClass.ON) types[i] = top.Override;
                    var rightToLeft = type == BidiClass.RLI ||
                        (type == BidiClass.FSI && FirstStrong(i + 1, _matchingPdi[i] < 0 ? types.Length : _matchingPdi[i]) == 1);
                    var level = NextLevel(top.Level, rightToLeft);
                    if (level <= MaxDepth && overflowIsolates == 0 && overflowEmbeddings == 0)
                    {
                        validIsolates++;
                        stack.Push(((byte)level, BidiClass.ON, true));
                    }
                    else overflowIsolates++;
                    break;
                }
                case BidiClass.PDI:
                    if (overflowIsolates > 0) overflowIsolates--;
                    else if (validIsolates > 0)
                    {
                        overflowEmbeddings = 0;
                        while (!stack.Peek().Isolate) stack.Pop();
                        stack.Pop();
                        validIsolates--;
                    }
                    top = stack.Peek();
                    levels[i] = top.Level;
                    if (top.Override != BidiClass.ON) types[i] = top.Override;
                    break;
                case BidiClass.PDF:
                    levels[i] = top.Level;
                    if (overflowIsolates > 0) break;
                    if (overflowEmbeddings > 0) overflowEmbeddings--;
                    else if (!top.Isolate && stack.Count >= 2) stack.Pop();
                    break;
                case BidiClass.B:
                    levels[i] = (byte)paragraphLevel;
                    break;
                case BidiClass.BN:
                    levels[i] = top.Level;
                    break;
                default:
                    levels[i] = top.Level;
                    if (top.Override != BidiClass.ON) types[i] = top.Override;
                    break;
            }
        }
    }

    private static int NextLevel(int level, bool odd) => odd ? (level + 1) | 1 : (level + 2) & ~1;

    // X9-X10: level runs of the characters X9 keeps, chained across isolates into isolating run sequences.
    private List<int[]> IsolatingRunSequences(byte[] levels)
    {
        var runs = new List<List<int>>();
        var runOf = new int[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            if (BidiParagraph.IsRemovedClass(_initial[i])) continue;
            if (runs.Count == 0 || levels[runs[^1][^1]] != levels[i]) runs.Add([]);
            runs[^1].Add(i);
            runOf[i] = runs.Count - 1;
        }
        var sequences = new List<int[]>();
        foreach (var run in runs)
        {
            var first = run[0];
            if (_initial[first] == BidiClass.PDI && _matchingInitiator[first] >= 0) continue;   // joined to its initiator's sequence
            var sequence = new List<int>(run);
            var last = run[^1];
            while (_initial[last] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI && _matchingPdi[last] >= 0)
            {
                var next = runs[runOf[_matchingPdi[last]]];
                sequence.AddRange(next);
                last = next[^1];
            }
            sequences.Add([.. sequence]);
        }
        return sequences;
    }

    private void ResolveSequence(int[] sequence, BidiClass[] types, byte[] explicitLevels, byte[] levels, int paragraphLevel)
    {
        var level = explicitLevels[sequence[0]];
        var before = sequence[0] - 1;
        while (before >= 0 && BidiParagraph.IsRemovedClass(_initial[before])) before--;
        var sos = DirectionOf(Math.Max(level, before >= 0 ? explicitLevels[before] : paragraphLevel));
        var last = sequence[^1];
        int eosLevel;
        if (_initial[last] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI) eosLevel = paragraphLevel;
        else
        {
            var after = last + 1;
            while (after < types.Length && BidiParagraph.IsRemovedClass(_initial[after])) after++;
            eosLevel = after < types.Length ? explicitLevels[after] : paragraphLevel;
        }
        var eos = DirectionOf(Math.Max(level, eosLevel));
        var t = new BidiClass[sequence.Length];
        for (var k = 0; k < t.Length; k++) t[k] = types[sequence[k]];

        Weak(t, sos);
        var embedding = DirectionOf(level);
        PairedBrackets(sequence, t, sos, embedding);
        Neutrals(t, sos, eos, embedding);

        for (var k = 0; k < t.Length; k++)
        {
            var i = sequence[k];
            if ((levels[i] & 1) == 0)
            {
                if (t[k] == BidiClass.R) levels[i] += 1;
                else if (t[k] is BidiClass.AN or BidiClass.EN) levels[i] += 2;
            }
            else if (t[k] is BidiClass.L or BidiClass.EN or BidiClass.AN) levels[i] += 1;
        }
    }

    private static BidiClass DirectionOf(int level) => (level & 1) == 1 ? BidiClass.R : BidiClass.L;

    // W1-W7 on one isolating run sequence.
    private static void Weak(BidiClass[] t, BidiClass sos)
    {
        for (var k = 0; k < t.Length; k++)   // W1
            if (t[k] == BidiClass.NSM)
                t[k] = k == 0 ? sos : t[k - 1] is BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI ? BidiClass.ON : t[k - 1];
        var strong = sos;
        for (var k = 0; k < t.Length; k++)   // W2, W3
        {
            if (t[k] is BidiClass.L or BidiClass.R or BidiClass.AL) strong = t[k];
            if (t[k] == BidiClass.EN && strong == BidiClass.AL) t[k] = BidiClass.AN;
        }
        for (var k = 0; k < t.Length; k++) if (t[k] == BidiClass.AL) t[k] = BidiClass.R;
        for (var k = 1; k + 1 < t.Length; k++)   // W4
        {
            if (t[k] == BidiClass.ES && t[k - 1] == BidiClass.EN && t[k + 1] == BidiClass.EN) t[k] = BidiClass.EN;
            else if (t[k] == BidiClass.CS && t[k - 1] == BidiClass.EN && t[k + 1] == BidiClass.EN) t[k] = BidiClass.EN;
            else if (t[k] == BidiClass.CS && t[k - 1] == BidiClass.AN && t[k + 1] == BidiClass.AN) t[k] = BidiClass.AN;
        }
        for (var k = 0; k < t.Length;)   // W5
        {
            if (t[k] != BidiClass.ET) { k++; continue; }
            var end = k;
            while (end < t.Length && t[end] == BidiClass.ET) end++;
            if ((k > 0 && t[k - 1] == BidiClass.EN) || (end < t.Length && t[end] == BidiClass.EN))
                for (var j = k; j < end; j++) t[j] = BidiClass.EN;
            k = end;
        }
        for (var k = 0; k < t.Length; k++)   // W6
            if (t[k] is BidiClass.ES or BidiClass.ET or BidiClass.CS) t[k] = BidiClass.ON;
        strong = sos;
        for (var k = 0; k < t.Length; k++)   // W7
        {
            if (t[k] is BidiClass.L or BidiClass.R) strong = t[k];
            else if (t[k] == BidiClass.EN && strong == BidiClass.L) t[k] = BidiClass.L;
        }
    }

    // N0: a bracket pair takes the embedding direction when the text inside has it, else the other strong direction
    // found inside when the text before the pair has that direction too.
    private void PairedBrackets(int[] sequence, BidiClass[] t, BidiClass sos, BidiClass embedding)
    {
        var pairs = new List<(int Open, int Close)>();
        var open = new List<(int Pair, int Position)>();
        for (var k = 0; k < t.Length; k++)
        {
            if (t[k] != BidiClass.ON || BidiBracketTable.Of(_codePoints[sequence[k]]) is not { } bracket) continue;
            if (bracket.Opens)
            {
                if (open.Count == MaxBracketPairs) break;
                open.Add((bracket.Pair, k));
                continue;
            }
            for (var s = open.Count - 1; s >= 0; s--)
            {
                if (open[s].Pair != bracket.Canonical) continue;
                pairs.Add((open[s].Position, k));
                open.RemoveRange(s, open.Count - s);
                break;
            }
        }
        pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        var opposite = embedding == BidiClass.L ? BidiClass.R : BidiClass.L;
        foreach (var (o, c) in pairs)
        {
            var foundEmbedding = false;
            var foundOpposite = false;
            for (var k = o + 1; k < c; k++)
            {
                var strong = Strong(t[k]);
                if (strong == embedding) foundEmbedding = true;
                else if (strong == opposite) foundOpposite = true;
            }
            BidiClass direction;
            if (foundEmbedding) direction = embedding;
            else if (foundOpposite)
            {
                var context = sos;
                for (var k = o - 1; k >= 0; k--)
                    if (Strong(t[k]) is { } s)
                    {
                        context = s;
                        break;
                    }
                direction = context == opposite ? opposite : embedding;
            }
            else continue;
            t[o] = t[c] = direction;
            for (var k = o + 1; k < t.Length && _initial[sequence[k]] == BidiClass.NSM; k++) t[k] = direction;
            for (var k = c + 1; k < t.Length && _initial[sequence[k]] == BidiClass.NSM; k++) t[k] = direction;
        }
    }

    private static BidiClass? Strong(BidiClass type) => type switch
    {
        BidiClass.L => BidiClass.L,
        BidiClass.R or BidiClass.EN or BidiClass.AN => BidiClass.R,
        _ => null,
    };

    // N1-N2: a stretch of neutrals between two of the same direction takes it, else the embedding direction.
    private static void Neutrals(BidiClass[] t, BidiClass sos, BidiClass eos, BidiClass embedding)
    {
        for (var k = 0; k < t.Length;)
        {
            if (!IsNeutral(t[k])) { k++; continue; }
            var end = k;
            while (end < t.Length && IsNeutral(t[end])) end++;
            var before = k == 0 ? sos : Strong(t[k - 1]) ?? embedding;
            var after = end == t.Length ? eos : Strong(t[end]) ?? embedding;
            var direction = before == after ? before : embedding;
            for (var j = k; j < end; j++) t[j] = direction;
            k = end;
        }
    }

    private static bool IsNeutral(BidiClass type) =>
        type is BidiClass.B or BidiClass.S or BidiClass.WS or BidiClass.ON or BidiClass.LRI or BidiClass.RLI or BidiClass.FSI or BidiClass.PDI;
}
