namespace AcneBotox.Pdf.Glyphs;

/// <summary>
/// Text in one face after shaping: glyphs in visual (left-to-right drawing) order with clusters pointing back
/// into <see cref="Text"/>, so the text can be recovered in logical order.
/// </summary>
internal sealed class ShapedRun(FontFace face, string text, bool rightToLeft, IReadOnlyList<ShapedGlyph> glyphs)
{
    /// <summary>The face the glyphs belong to.</summary>
    public FontFace Face { get; } = face;

    /// <summary>The source text of the run, in logical order.</summary>
    public string Text { get; } = text;

    /// <summary>True when the run was shaped right to left (glyphs come last character first).</summary>
    public bool RightToLeft { get; } = rightToLeft;

    /// <summary>The glyphs in drawing order.</summary>
    public IReadOnlyList<ShapedGlyph> Glyphs { get; } = glyphs;

    /// <summary>The total advance in font units.</summary>
    public int Advance { get; } = glyphs.Sum(g => g.Advance);

    /// <summary>The advance in points at <paramref name="size"/>.</summary>
    public double Width(double size) => Advance * size / Face.UnitsPerEm;

    private string[]? _clusterTexts;

    /// <summary>
    /// The source text each glyph stands for, by glyph index: a cluster's text goes to its first glyph, later glyphs
    /// of the same cluster stand for nothing more (their text was already given). Worked out once per run: runs are
    /// cached and drawn many times.
    /// </summary>
    public IReadOnlyList<string> ClusterTexts => _clusterTexts ??= FindClusterTexts();

    private string[] FindClusterTexts()
    {
        var starts = new List<int>(Glyphs.Count);
        foreach (var glyph in Glyphs) starts.Add(glyph.Cluster);
        starts.Sort();
        var texts = new string[Glyphs.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < Glyphs.Count; i++)
        {
            var cluster = Glyphs[i].Cluster;
            if (!seen.Add(cluster))
            {
                texts[i] = "";
                continue;
            }
            // The next cluster start above this one (starts is sorted, with repeats).
            var next = starts.BinarySearch(cluster);
            while (next < starts.Count && starts[next] <= cluster) next++;
            var end = next < starts.Count ? starts[next] : Text.Length;
            texts[i] = Text[cluster..end];
        }
        return texts;
    }
}
