namespace AcneBotox.Core.Diagnostics;

/// <summary>
/// "Did you mean" for a mistyped key: the known name spelled the same when case, <c>-</c>, <c>_</c> and a final
/// <c>s</c> are ignored; else the closest within two edits (Damerau-Levenshtein: a swap of two neighbours is one
/// edit, so <c>titel</c> is one edit from <c>title</c>); else the one name the key begins (<c>next</c> for
/// <c>nextReview</c>). One place, so front matter, settings and rule ids suggest alike.
/// </summary>
public static class NameSuggestions
{
    /// <summary>Most edits between a key and a suggestion.</summary>
    public const int MaxEdits = 2;

    /// <summary>The known name <paramref name="key"/> most likely meant, or <c>null</c> when none is close.</summary>
    public static string? Nearest(string key, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(known);
        var names = known.Distinct(StringComparer.Ordinal).ToList();
        var folded = Fold(key);
        if (folded.Length == 0) return null;
        if (names.FirstOrDefault(name => Fold(name) == folded) is { } same) return same;

        // A short key is close to too many names: allow one edit up to four letters, two from five.
        var allowed = folded.Length <= 4 ? 1 : MaxEdits;
        var best = names
            .Select(name => (Name: name, Distance: Distance(folded, Fold(name))))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Name is not null) return best.Name;

        var prefixed = folded.Length >= 3 ? names.Where(name => Fold(name).StartsWith(folded, StringComparison.Ordinal)).ToList() : [];
        return prefixed.Count == 1 ? prefixed[0] : null;
    }

    /// <summary>
    /// The optimal-string-alignment form of the Damerau-Levenshtein distance: insertions, deletions,
    /// substitutions and swaps of two adjacent letters each count one.
    /// </summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    // Keys are compared as their letters and digits, lower case, without a plural 's': "next_review", "Author".
    private static string Fold(string text)
    {
        var letters = new string([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return letters.Length > 1 ? letters.TrimEnd('s') : letters;
    }
}
