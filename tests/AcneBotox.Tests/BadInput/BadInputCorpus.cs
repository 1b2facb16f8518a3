using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.BadInput;

/// <summary>Loads expected.tsv, the table of hostile inputs and their expected outcomes.</summary>
internal static class BadInputCorpus
{
    /// <summary>The corpus folder (committed fixtures, byte-exact through .gitattributes).</summary>
    public static string Folder => Path.Combine(TestPaths.TestProject, "BadInput", "Corpus");

    /// <summary>Every row of the table.</summary>
    public static IReadOnlyList<BadInputCase> Cases { get; } = Load();

    private static List<BadInputCase> Load()
    {
        var path = Path.Combine(TestPaths.TestProject, "BadInput", "expected.tsv");
        var cases = new List<BadInputCase>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != 5) throw new InvalidDataException($"{path}: row '{line}' must have 5 tab-separated cells");
            cases.Add(new BadInputCase(cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), cells[2], cells[3], cells[4]));
        }
        return cases;
    }
}
