using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline.Batch;

namespace AcneBotox.Tests.Batch;

public sealed class ShardTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Shards_cover_a_corpus_exactly_once(int count)
    {
        var paths = Enumerable.Range(0, 500).Select(i => $"topic-{i % 13}/article-{i}.md").ToList();

        var picked = Enumerable.Range(1, count)
            .SelectMany(k => paths.Where(new ShardSpec(k, count).Contains))
            .ToList();

        Assert.Equal(paths.Count, picked.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), picked.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Shards_are_roughly_even()
    {
        var paths = Enumerable.Range(0, 1000).Select(i => $"article-{i}.txt");
        var sizes = paths.GroupBy(p => ShardSpec.BucketOf(p, 4)).Select(g => g.Count()).ToList();
        Assert.Equal(4, sizes.Count);
        Assert.All(sizes, size => Assert.InRange(size, 200, 300));
    }

    [Fact]
    public void A_path_lands_in_the_same_shard_whatever_the_separator()
    {
        Assert.Equal(ShardSpec.BucketOf("a/b/c.md", 5), ShardSpec.BucketOf("a\\b\\c.md", 5));
    }

    [Fact]
    public void The_bucket_of_a_path_is_pinned_so_ci_machines_agree()
    {
        // SHA-256 based, never string.GetHashCode (randomised per process): this value must not change.
        // Expected values from an independent computation: first 8 bytes of SHA-256 (big-endian) mod N.
        Assert.Equal(275, ShardSpec.BucketOf("can-botox-help-acne.txt", 1000));
        Assert.Equal(99, ShardSpec.BucketOf("a/b/c.md", 1000));
        Assert.Equal(0, ShardSpec.BucketOf("anything", 1));
    }

    [Theory]
    [InlineData("1/2", 1, 2)]
    [InlineData("3/3", 3, 3)]
    public void Parses_k_of_n(string text, int index, int count) =>
        Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text));

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("-1/2")]
    public void Rejects_anything_but_k_of_n(string text)
    {
        var error = Assert.Throws<UsageException>(() => ShardSpec.Parse(text));
        Assert.Contains("--shard", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_shards_one_and_two_of_two_export_every_article_exactly_once()
    {
        using var corpus = new BatchCorpus(12);
        var first = Path.Combine(corpus.Root, "shard1.json");
        var second = Path.Combine(corpus.Root, "shard2.json");

        foreach (var (shard, report) in new[] { ("1/2", first), ("2/2", second) })
        {
            var run = corpus.Export("-f", "html", "--shard", shard, "--report", report);
            Assert.True(run.Exit == 0, run.Stderr);
        }

        var one = RunReport.Statuses(first).Keys;
        var two = RunReport.Statuses(second).Keys;
        Assert.Empty(one.Intersect(two));
        Assert.Equal(12, one.Count + two.Count);
        Assert.NotEmpty(one);
        Assert.NotEmpty(two);
        Assert.Equal(12, Directory.GetFiles(corpus.Output, "*.html").Length);

        // Both shards wrote the same cache file; neither lost the other's entries.
        var again = Path.Combine(corpus.Root, "all.json");
        var (exit, _, stderr) = corpus.Export("-f", "html", "--report", again);
        Assert.True(exit == 0, stderr);
        Assert.All(RunReport.Statuses(again).Values, s => Assert.Equal("skipped", s));
    }

    [Fact]
    public void Cli_rejects_a_malformed_shard_with_a_usage_error()
    {
        using var corpus = new BatchCorpus(1);
        var (exit, _, stderr) = corpus.Export("--shard", "2/1");
        Assert.Equal(2, exit);
        Assert.Contains("--shard '2/1'", stderr, StringComparison.Ordinal);
    }
}
