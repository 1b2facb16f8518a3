namespace AcneBotox.Core.Look;

/// <summary>
/// Column widths from content, shared by the PDF and Word tables (the same decision in both formats), after
/// CSS automatic table layout: each column's minimum (its longest word) and maximum (its text unwrapped)
/// decide how the available width is shared, and a full-width table hands out what is left over.
/// </summary>
public static class TableColumnWidths
{
    /// <summary>Each column's content width: the union of its cells' (a row may have fewer cells).</summary>
    public static ContentWidth[] Columns(IEnumerable<IReadOnlyList<ContentWidth>> rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var result = new ContentWidth[columns];
        foreach (var row in rows)
            for (var c = 0; c < Math.Min(columns, row.Count); c++) result[c] = result[c].Union(row[c]);
        return result;
    }

    /// <summary>
    /// Shares <paramref name="available"/> between the columns; the widths always add up to it.
    /// <list type="bullet">
    /// <item>Everything fits unwrapped: each column gets its maximum, the rest in proportion to the maxima.</item>
    /// <item>Otherwise a column whose text fits on one line within an equal share of what is left gets its maximum
    /// (so "Day 5" never wraps beside a column of sentences), as long as the others keep room for their longest
    /// words; settling one column leaves more for the next, so this repeats.</item>
    /// <item>The other columns get their minimum and share the rest in proportion to how much more they want.</item>
    /// <item>If their longest words do not fit, they share what is left in proportion to those words, and the
    /// words break between characters (the writers' line breakers do that).</item>
    /// </list>
    /// </summary>
    public static double[] Distribute(IReadOnlyList<ContentWidth> columns, double available)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var count = columns.Count;
        if (count == 0) return [];
        var min = columns.Select(c => Math.Max(0, c.Min)).ToArray();
        var max = columns.Select((c, i) => Math.Max(min[i], c.Max)).ToArray();
        var widths = new double[count];
        var totalMax = max.Sum();
        if (totalMax <= available)
        {
            for (var i = 0; i < count; i++)
                widths[i] = max[i] + (totalMax > 0 ? (available - totalMax) * max[i] / totalMax : (available - totalMax) / count);
            return widths;
        }

        var settled = new bool[count];
        var left = available;
        var open = count;
        var openMin = min.Sum();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < count && open > 1; i++)
            {
                if (settled[i] || max[i] > left / open) continue;
                // Taking the maximum must not squeeze another column below its longest word, unless the longest
                // words do not fit anyway (then breaking a word beats wrapping a short cell too).
                var othersMin = openMin - min[i];
                if (left - max[i] < othersMin && openMin <= left) continue;
                settled[i] = true;
                widths[i] = max[i];
                left -= max[i];
                openMin = othersMin;
                open--;
                changed = true;
            }
        }
        while (changed && open > 1);

        var rest = Enumerable.Range(0, count).Where(i => !settled[i]).ToArray();
        if (openMin >= left)
        {
            foreach (var i in rest) widths[i] = openMin > 0 ? left * min[i] / openMin : left / rest.Length;
            return widths;
        }
        var restWant = rest.Sum(i => max[i] - min[i]);
        var spare = left - openMin;
        foreach (var i in rest)
            widths[i] = min[i] + (restWant > 0 ? spare * (max[i] - min[i]) / restWant : spare / rest.Length);
        return widths;
    }
}
