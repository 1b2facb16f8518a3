using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;

namespace AcneBotox.Tests.Findings;

/// <summary>The exit verdict counts documents split against the baseline one at a time, the same as from the whole lists.</summary>
public sealed class RunVerdictTests
{
    private static Diagnostic Warning(int i) => new(Severity.Warning, "plain.jargon", $"word {i}", "a.txt", i);

    private static Diagnostic Error(int i) => new(Severity.Error, "input.bad", $"bad {i}", "a.txt", i);

    [Fact]
    public void Splits_taken_one_at_a_time_give_the_counts_of_the_whole_lists()
    {
        var documents = new (bool Failed, BaselineSplit Split)[]
        {
            (false, new BaselineSplit([Warning(1), Error(2)], [Warning(3), Warning(4)])),
            (true, new BaselineSplit([Error(5), Warning(6)], [])),
            (false, new BaselineSplit([], [Warning(7)])),
        };

        var streamed = RunVerdict.Of(documents, Severity.Warning);
        var whole = RunVerdict.Of(documents.Select(d => (d.Failed, d.Split.New)), documents.Sum(d => d.Split.Accepted.Count), Severity.Warning);

        Assert.Equal(whole, streamed);
        Assert.Equal(new RunVerdict(Failed: 1, Errors: 1, Warnings: 2, Accepted: 3, Severity.Warning), streamed);
        Assert.Equal(1, streamed.ExitCode);
    }
}
