using AcneBotox.Core.LineBreaking;

namespace AcneBotox.Tests.LineBreaking;

/// <summary>The default rules against every case of Unicode's own conformance file (LineBreakTest.txt 15.0.0).</summary>
public sealed class UnicodeLineBreakTestTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_case_of_LineBreakTest_txt_breaks_where_Unicode_says()
    {
        var cases = LineBreakTestCase.Load();
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var actual = LineBreakOpportunities.Find(c.Text, LineBreakTailoring.UnicodeDefault).Select(o => o.Index).ToList();
            if (!actual.SequenceEqual(c.Breaks))
                failures.Add($"line {c.LineNumber}: expected [{string.Join(",", c.Breaks)}] got [{string.Join(",", actual)}]  # {c.Comment}");
        }
        output.WriteLine($"LineBreakTest.txt: {cases.Count - failures.Count} of {cases.Count} cases pass");
        Assert.True(cases.Count > 7000, $"only {cases.Count} cases read");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    [Fact]
    public void The_table_is_the_Unicode_version_the_test_file_checks() =>
        Assert.Equal("15.0.0", LineBreakClasses.UnicodeVersion);
}
