using System.Globalization;
using System.Text;
using AcneBotox.Core.Bidi;
using AcneBotox.Testing;

namespace AcneBotox.Tests.Bidi;

/// <summary>
/// The bidi resolver against Unicode's own conformance data, BidiCharacterTest.txt (Unicode License v3), read from
/// Debian's unicode-data package (/usr/share/unicode, installed by .ci/run): every line's paragraph level,
/// resolved levels and visual order (rules P2 to L2).
/// </summary>
public sealed class BidiConformanceTests
{
    private const string TestFile = "/usr/share/unicode/BidiCharacterTest.txt";

    [Fact]
    public void Every_line_of_BidiCharacterTest_resolves_to_Unicodes_levels_and_order()
    {
        TestSkip.When(!File.Exists(TestFile), $"{TestFile} is not installed (apt-get install unicode-data)");
        var failures = new List<string>();
        var count = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(TestFile))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            count++;
            var fields = line.Split(';');
            var codePoints = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            var direction = fields[1] switch { "0" => BaseDirection.LeftToRight, "1" => BaseDirection.RightToLeft, _ => BaseDirection.Auto };
            var text = new StringBuilder();
            var starts = new List<int>();
            foreach (var cp in codePoints)
            {
                starts.Add(text.Length);
                text.Append(char.ConvertFromUtf32(cp));
            }
            var paragraph = BidiParagraph.Resolve(text.ToString(), direction);
            var levels = paragraph.LineLevels(0, text.Length);
            var gotLevels = string.Join(' ', starts.Select(s => paragraph.IsRemoved(s) ? "x" : levels[s].ToString(CultureInfo.InvariantCulture)));
            var indexOf = starts.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
            var gotOrder = string.Join(' ', paragraph.VisualOrder(0, text.Length).Where(s => !paragraph.IsRemoved(s)).Select(s => indexOf[s]));
            if (paragraph.ParagraphLevel.ToString(CultureInfo.InvariantCulture) != fields[2] || gotLevels != fields[3] || gotOrder != fields[4])
                failures.Add($"line {lineNumber}: {line}\n   got level {paragraph.ParagraphLevel}; {gotLevels}; {gotOrder}");
        }
        Assert.True(count > 90_000, $"only {count} test lines read");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} lines differ, first ones:\n{string.Join('\n', failures.Take(8))}");
    }
}
