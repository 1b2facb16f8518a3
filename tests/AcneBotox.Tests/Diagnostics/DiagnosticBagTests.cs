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
}
