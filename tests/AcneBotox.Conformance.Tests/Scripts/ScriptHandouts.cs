namespace AcneBotox.Conformance.Tests.Scripts;

/// <summary>
/// The handouts in other scripts and the symbol-heavy English one (tests/fixtures/scripts): real patient text in
/// Spanish, Vietnamese, Russian, Greek, Simplified Chinese, Arabic and Hebrew, each with headings, a list, a table
/// and a phone number, written without inline markup so their text can be read straight from the Markdown.
/// </summary>
internal static class ScriptHandouts
{
    /// <summary>The fixture folder.</summary>
    public static string Folder => Path.Combine(RealClient.RepositoryRoot, "tests", "fixtures", "scripts");

    /// <summary>The file names of every handout, for theories.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>True for the handouts written right to left.</summary>
    public static bool IsRightToLeft(string name) => name.StartsWith("ar-", StringComparison.Ordinal) || name.StartsWith("he-", StringComparison.Ordinal);

    /// <summary>
    /// The handout's text as the reader sees it, in order: title, summary, then every heading, paragraph, list item
    /// and table cell (the table's separator row left out); with <paramref name="tables"/> false, without the table.
    /// </summary>
    public static IReadOnlyList<string> SourceText(string name, bool tables = true)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, name));
        var units = new List<string>();
        var i = 0;
        if (lines[0] == "---")
        {
            string? title = null, summary = null;
            for (i = 1; lines[i] != "---"; i++)
            {
                if (lines[i].StartsWith("title: ", StringComparison.Ordinal)) title = lines[i]["title: ".Length..];
                if (lines[i].StartsWith("summary: ", StringComparison.Ordinal)) summary = lines[i]["summary: ".Length..];
            }
            i++;
            if (title is not null) units.Add(title);
            if (summary is not null) units.Add(summary);
        }
        for (; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('#')) units.Add(line.TrimStart('#').Trim());
            else if (line.StartsWith("- ", StringComparison.Ordinal)) units.Add(line[2..]);
            else if (line.StartsWith('|'))
            {
                if (!tables || line.Trim('|', '-', ' ').Length == 0) continue;
                units.AddRange(line.Trim('|').Split('|').Select(c => c.Trim()));
            }
            else units.Add(line);
        }
        return units;
    }

    /// <summary>
    /// Null when every unit of <paramref name="expected"/> appears in <paramref name="actual"/> in order (both without
    /// whitespace, since lines break differently in each format); otherwise the first unit that does not.
    /// </summary>
    public static string? FirstMissing(IReadOnlyList<string> expected, string actual)
    {
        var text = Squeeze(actual);
        var at = 0;
        foreach (var unit in expected)
        {
            var found = text.IndexOf(Squeeze(unit), at, StringComparison.Ordinal);
            if (found < 0) return $"\"{unit}\" (after position {at} of the output text)";
            at = found + Squeeze(unit).Length;
        }
        return null;
    }

    /// <summary>Text without whitespace.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Characters that mean a lost character: U+FFFD and private-use code points.</summary>
    public static IEnumerable<string> Replacements(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            if (codePoint == 0xFFFD || codePoint is >= 0xE000 and <= 0xF8FF || codePoint >= 0xF0000)
                yield return $"U+{codePoint:X4} at {i}";
        }
    }
}
