using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Tests.Diagnostics;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void The_same_problem_reported_by_two_writers_is_kept_once()
    {
        var bag = new DiagnosticBag();
        bag.Warn("image.missing", "image 'a.png' was not included", "doc.md", 3);
        bag.Warn("image.missing", "image 'a.png' was not included", "doc.md", 3);
        bag.Warn("image.missing", "image 'a.png' was not included", "doc.md", 4);

        Assert.Equal(2, bag.Items.Count);
        Assert.Equal([3, 4], bag.Items.Select(d => d.Line ?? 0));
    }

    [Fact]
    public void Past_the_cap_one_rule_gets_one_and_n_more_line_and_errors_are_all_kept()
    {
        var bag = new DiagnosticBag();
        for (var i = 1; i <= 20_000; i++) bag.Warn("reader.debris-dropped", "dropped advertisement label", "doc.txt", i);
        bag.Warn("plain.acronym", "\"MRI\" is not spelled out", "doc.txt", 7);
        for (var i = 1; i <= 60; i++) bag.Add(new Diagnostic(Severity.Error, "x.error", $"error {i}", "doc.txt", i));

        var items = bag.Items;
        Assert.Equal(DiagnosticBag.MaxPerRule + 1, items.Count(d => d.Rule == "reader.debris-dropped"));
        Assert.Equal(60, items.Count(d => d.Severity == Severity.Error));
        Assert.Single(items, d => d.Rule == "plain.acronym");
        var summary = items[^1];
        Assert.Equal("reader.debris-dropped", summary.Rule);
        Assert.Contains("and 19,950 more warnings", summary.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticBag.MaxPerRule + 1, summary.Line);
    }
}
