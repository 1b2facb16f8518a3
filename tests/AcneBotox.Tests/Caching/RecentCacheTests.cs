using AcneBotox.Core.Caching;

namespace AcneBotox.Tests.Caching;

/// <summary>The process-wide memo keeps what is in recent use and forgets the rest, so it holds a bounded number of entries.</summary>
public sealed class RecentCacheTests
{
    [Fact]
    public void Holds_at_most_two_generations_however_many_keys_pass_through()
    {
        var cache = new RecentCache<int, string>(100);
        for (var i = 0; i < 10_000; i++)
        {
            // Asked for twice, so each is kept.
            cache.GetOrAdd(i, k => k.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cache.GetOrAdd(i, k => k.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.InRange(cache.Count, 100, 200);
    }

    [Fact]
    public void A_key_in_steady_use_is_made_twice_at_most_while_one_off_keys_stream_past()
    {
        var cache = new RecentCache<string, int>(50, StringComparer.Ordinal);
        var made = 0;
        for (var i = 0; i < 5_000; i++)
        {
            cache.GetOrAdd("footer", _ => ++made);
            cache.GetOrAdd($"title {i}", _ => -1);
        }
        // Once when first asked for (not kept yet), once when asked again (kept from then on).
        Assert.Equal(2, made);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void A_key_out_of_use_for_two_generations_is_forgotten_and_made_again()
    {
        var cache = new RecentCache<string, int>(10, StringComparer.Ordinal);
        var made = 0;
        cache.GetOrAdd("once", _ => ++made);
        cache.GetOrAdd("once", _ => ++made);
        cache.GetOrAdd("once", _ => ++made);
        Assert.Equal(2, made);
        for (var i = 0; i < 25; i++)
        {
            cache.GetOrAdd($"other {i}", _ => 0);
            cache.GetOrAdd($"other {i}", _ => 0);
        }
        cache.GetOrAdd("once", _ => ++made);
        Assert.Equal(3, made);
    }

    [Fact]
    public void A_key_asked_for_once_is_not_kept_and_asked_for_again_is()
    {
        var cache = new RecentCache<string, string>(10, StringComparer.Ordinal);
        Assert.Equal("A LINE", cache.GetOrAdd("a line", k => k.ToUpperInvariant()));
        Assert.Equal(0, cache.Count);
        Assert.Equal("A LINE", cache.GetOrAdd("a line", k => k.ToUpperInvariant()));
        Assert.Equal(1, cache.Count);
        Assert.Equal("A LINE", cache.GetOrAdd("a line", _ => "made again"));
    }

    [Fact]
    public void Threads_sharing_it_always_get_the_value_of_their_key()
    {
        var cache = new RecentCache<int, int>(64);
        var wrong = 0;
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var key = i % 1_000;
            if (cache.GetOrAdd(key, k => k * 3) != key * 3) Interlocked.Increment(ref wrong);
        });
        Assert.Equal(0, wrong);
        Assert.InRange(cache.Count, 1, 128 + 4);
    }
}
