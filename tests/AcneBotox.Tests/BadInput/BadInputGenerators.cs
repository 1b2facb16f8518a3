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
        // Issue 12, item 7: inputs under 1 MB that took 30 s to minutes (quadratic), and the budgets.
        ["capitals-run.txt"] = () => Concat("A run of capitals\n\nAsk about ", new string('A', 300_000), "b today.\n"),
        ["many-acronyms.txt"] = ManyAcronyms,
        ["dotted-words.txt"] = () => Concat("Dotted words\n\n", Repeat2("a.", 400_000), "\n"),
        ["link-brackets.md"] = () => Concat("# Brackets\n\n", Repeat2("[a]", 200_000), "\n"),
        ["link-openers.md"] = () => Concat("# Openers\n\n", Repeat2("[a](", 200_000), "\n"),
        ["link-definitions.md"] = () => Concat("# Definitions\n\n", string.Concat(Enumerable.Range(0, 20_000).Select(i => $"[l{i}]: https://example.com/{i}\n")), "\n", Repeat2("[l1] [x] ", 5_000), "\n"),
        ["repeated-qa.txt"] = () => Concat("Questions\n\n", Repeat2("Q. Does it hurt?\nA. No, it does not hurt much.\n\n", 4_000)),
        ["repeated-headings.md"] = () => Concat("# Headings\n\n", Repeat2("## More about it\n\nSome text.\n\n", 4_000)),
        ["blank-separated-list.txt"] = () => Concat("List items\n\n", string.Concat(Enumerable.Range(0, 9_000).Select(i => $"- item number {i}\n\n"))),
        ["blank-separated-list.md"] = () => Concat("# List items\n\n", string.Concat(Enumerable.Range(0, 9_000).Select(i => $"- item number {i}\n\n"))),
        ["many-links.md"] = () => Links(9_000),
        ["too-many-links.md"] = () => Links(20_000),
        ["word-5m.md"] = () => Concat("# One long word\n\n", new string('w', 5_000_000), "\n"),
        ["table-5mb.md"] = () => Table(1_000, 50),
        ["table-long-cells.md"] = () => Table(400, 50),
        ["many-debris.txt"] = () => Concat("Debris\n\nSome text for the reader.\n\n", Repeat2("Advertisement\n", 20_000)),
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

    // 20,000 distinct acronyms in one paragraph, none spelled out: 20,000 warnings before the cap.
    private static byte[] ManyAcronyms()
    {
        var text = new StringBuilder("Many acronyms\n\n");
        for (var i = 0; i < 20_000; i++)
            text.Append("Ask about ").Append((char)('A' + i / 676 % 26)).Append((char)('A' + i / 26 % 26)).Append((char)('A' + i % 26))
                .Append((char)('A' + i / 17_576)).Append(" today. ");
        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }

    private static byte[] Links(int count) => Concat("# Links\n\n",
        string.Join("\n\n", Enumerable.Range(0, count / 20).Select(p => string.Join(' ', Enumerable.Range(p * 20, 20).Select(i => $"[link {i}](https://example.com/{i})")))), "\n");

    // 10 columns of cells of about 540 characters each: 1,000 rows is the 5.4 MB table of the finding.
    private static byte[] Table(int rows, int words)
    {
        var text = new StringBuilder("# Big table\n\n");
        text.Append('|').AppendJoin('|', Enumerable.Range(1, 10).Select(i => $"Column {i}")).Append("|\n");
        text.Append('|').AppendJoin('|', Enumerable.Repeat("---", 10)).Append("|\n");
        var filler = string.Join(' ', Enumerable.Repeat("some words", words));
        for (var row = 0; row < rows; row++)
            text.Append('|').AppendJoin('|', Enumerable.Range(1, 10).Select(i => $"r{row} c{i} {filler}")).Append("|\n");
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
