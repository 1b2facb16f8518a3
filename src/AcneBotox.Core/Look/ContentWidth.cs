namespace AcneBotox.Core.Look;

/// <summary>
/// How wide a table cell's content is, as CSS automatic table layout measures it: <paramref name="Min"/> is
/// the narrowest it can be without breaking a word (its longest word), <paramref name="Max"/> the width of its
/// text on one line. Both include the cell's padding. Units are the caller's (points, twips).
/// </summary>
/// <param name="Min">Minimum content width: the longest unbreakable word.</param>
/// <param name="Max">Maximum content width: the text unwrapped.</param>
public readonly record struct ContentWidth(double Min, double Max)
{
    /// <summary>The wider of two measurements in each respect (a column holds its widest cell).</summary>
    public ContentWidth Union(ContentWidth other) => new(Math.Max(Min, other.Min), Math.Max(Max, other.Max));

    /// <summary>
    /// Measures a cell from its runs of text, each with the function that measures it (its font and size): words
    /// end at white space, not at run boundaries, so a word half bold is one word; a line feed ends a line.
    /// </summary>
    public static ContentWidth Of(IEnumerable<(string Text, Func<string, double> Measure)> runs, double padding)
    {
        ArgumentNullException.ThrowIfNull(runs);
        double longestWord = 0, word = 0, widestLine = 0, line = 0;
        foreach (var (text, measure) in runs)
        {
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && !char.IsWhiteSpace(text[i])) continue;
                if (i > start)
                {
                    var piece = measure(text[start..i]);
                    word += piece;
                    line += piece;
                }
                if (i < text.Length)
                {
                    longestWord = Math.Max(longestWord, word);
                    word = 0;
                    if (text[i] == '\n')
                    {
                        widestLine = Math.Max(widestLine, line);
                        line = 0;
                    }
                    else line += measure(text[i].ToString());
                }
                start = i + 1;
            }
        }
        longestWord = Math.Max(longestWord, word);
        widestLine = Math.Max(widestLine, line);
        return new ContentWidth(longestWord + 2 * padding, widestLine + 2 * padding);
    }
}
