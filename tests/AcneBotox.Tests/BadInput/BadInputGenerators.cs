using System.Text;

namespace AcneBotox.Tests.BadInput;

/// <summary>
/// The corpus inputs too large to commit, built byte-for-byte the same on every run. Each name here
/// appears in expected.tsv; a name in neither Corpus/ nor here fails the corpus test.
/// </summary>
internal static class BadInputGenerators
{
    /// <summary>The default input limit (limits.maxInputBytes).</summary>
    public const int DefaultLimit = 10 * 1024 * 1024;

    private static readonly string QuoteLine = new string('>', 100) + " x\n";

    private static readonly Dictionary<string, Func<byte[]>> Generators = new(StringComparer.Ordinal)
    {
        ["huge-line.txt"] = () => Repeat("Botox may help acne ", 5 * 1024 * 1024 / 20),
        ["huge-line.md"] = () => Repeat("Botox may help acne ", 5 * 1024 * 1024 / 20),
        ["long-word.md"] = () => Concat("# One long word\n\n", new string('a', 200_000), "\n"),
        ["long-word.txt"] = () => Concat("One long word\n\n", new string('b', 200_000), "\n"),
        ["quotes-10mb.md"] = () => Encoding.ASCII.GetBytes(new string('>', DefaultLimit)),
        ["quotes-lines-10mb.md"] = () => Repeat(QuoteLine, DefaultLimit / QuoteLine.Length),
        ["over-limit.txt"] = () => Repeat("a", DefaultLimit + 1),
        ["nested-lists.md"] = NestedLists,
        ["flat-list-10mb.md"] = () => Repeat("- item\n", DefaultLimit / 7),
        ["flat-list-9000.md"] = () => Concat("# Many items\n\n", Repeat2("- item\n", 9000)),
        ["many-headings.md"] = () => Concat("# Many headings\n\n", string.Concat(Enumerable.Range(1, 3000).Select(i => $"## Heading {i}\n\nText {i}.\n\n"))),
        ["many-headings.txt"] = () => Concat("Many headings\n\n", string.Concat(Enumerable.Range(1, 3000).Select(i => $"Heading number {i}\nThe text under heading {i} is short.\n\n"))),
        ["wide-table.md"] = WideTable,
        ["yaml-huge-scalar.md"] = () => Concat("---\ntitle: ", new string('t', 5 * 1024 * 1024), "\n---\n\n# Huge scalar\n\nBody.\n"),
        ["blank-lines.txt"] = () => Repeat("\n", DefaultLimit - 1),
        ["many-paragraphs.txt"] = () => Concat("Many paragraphs\n\n", Repeat2("Wash your face twice a day with a mild cleanser and warm water.\n\n", 60_000)),
    };

    /// <summary>True when <paramref name="name"/> is generated here.</summary>
    public static bool Has(string name) => Generators.ContainsKey(name);

    /// <summary>The bytes of a generated input.</summary>
    public static byte[] Generate(string name) => Generators[name]();

    private static byte[] Repeat(string unit, int count) => Encoding.UTF8.GetBytes(new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString());

    private static string Repeat2(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    private static byte[] Concat(params string[] parts) => Encoding.UTF8.GetBytes(string.Concat(parts));

    // 100 levels deep, repeated until about 5 MB: deeper than any limit, wider than any page.
    private static byte[] NestedLists()
    {
        var text = new StringBuilder("# Nested lists\n\n");
        while (text.Length < 5 * 1024 * 1024)
        {
            for (var depth = 0; depth < 100; depth++) text.Append(' ', depth * 2).Append("- level ").Append(depth).Append('\n');
            text.Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] WideTable()
    {
        var text = new StringBuilder("# Wide table\n\n");
        text.Append('|').AppendJoin('|', Enumerable.Range(1, 60).Select(i => $"Column {i}")).Append("|\n");
        text.Append('|').AppendJoin('|', Enumerable.Repeat("---", 60)).Append("|\n");
        for (var row = 0; row < 50; row++)
            text.Append('|').AppendJoin('|', Enumerable.Range(1, 60).Select(i => $"r{row}c{i}")).Append("|\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
