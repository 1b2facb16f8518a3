using System.Collections.Frozen;
using System.Collections.Immutable;

namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// A plain heuristic for passive sentences: a form of "to be", up to two adverbs, then a past
/// participle ("is injected", "was not found", "are commonly used"). It misses some and flags some
/// adjectives ("is tired"); the share is a hint for the author, not a grammar verdict.
/// </summary>
public static class PassiveVoice
{
    private static readonly FrozenSet<string> ToBe = new[] { "am", "is", "are", "was", "were", "be", "been", "being" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Fillers = new[]
    {
        "not", "also", "often", "just", "only", "still", "always", "never", "sometimes", "usually", "then", "now", "being", "been",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IrregularParticiples = new[]
    {
        "done", "made", "given", "taken", "seen", "known", "shown", "found", "put", "set", "cut", "hurt", "left", "kept",
        "held", "told", "sold", "paid", "brought", "bought", "caught", "taught", "thought", "built", "sent", "spent",
        "lost", "felt", "meant", "born", "worn", "torn", "written", "driven", "eaten", "fallen", "forgotten", "gotten",
        "hidden", "broken", "chosen", "frozen", "spoken", "stolen", "drawn", "grown", "thrown", "begun", "won", "struck",
        "stuck", "hung", "shut", "led", "fed", "bitten", "understood", "swollen", "shaken", "proven", "seen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the words contain a "be + participle" pattern.</summary>
    public static bool IsPassive(ImmutableArray<string> words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!ToBe.Contains(words[i])) continue;
            for (var j = i + 1; j < words.Length && j <= i + 3; j++)
            {
                var word = words[j];
                if (IsParticiple(word)) return true;
                if (!Fillers.Contains(word) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) break;
            }
        }
        return false;
    }

    private static bool IsParticiple(string word) =>
        IrregularParticiples.Contains(word)
        || (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
}
