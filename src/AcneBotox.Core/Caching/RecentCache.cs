using System.Collections.Concurrent;
using System.Numerics;

namespace AcneBotox.Core.Caching;

/// <summary>
/// A process-wide memo that remembers what was used recently and forgets the rest, so a batch of thousands of
/// different handouts keeps the same few megabytes of it as a batch of ten. Entries live in two generations:
/// new entries go into the current one; when it holds <c>generationSize</c> entries it becomes the old one and the
/// previous old one is dropped whole. A hit in the old generation copies the entry forward, so what every handout
/// uses (common words, the footer) stays, and what one handout used (its title, its own sentences) goes.
/// A key is kept only the second time it is asked for (its hash is noted the first time): what is made once and
/// never asked for again (most of a handout's own lines) is not kept at all. Kept, it would outlive a few
/// collections and be promoted, and a long batch's oldest generation would fill with it as garbage.
/// Safe for any number of threads; reads take no lock.
/// </summary>
/// <typeparam name="TKey">What a value is remembered by.</typeparam>
/// <typeparam name="TValue">What is remembered; the same key must always give an equal value.</typeparam>
public sealed class RecentCache<TKey, TValue> where TKey : notnull
{
    private readonly int _generationSize;
    private readonly IEqualityComparer<TKey>? _comparer;
    private readonly Lock _turning = new();
    // Hashes of keys asked for once, one per slot; a slot may be overwritten by another key, which only means that
    // key waits for a third time. Ints, so a lookup that does not keep its key allocates nothing here.
    private readonly int[] _seenOnce;
    private ConcurrentDictionary<TKey, TValue> _current;
    private ConcurrentDictionary<TKey, TValue> _old;
    // Adds to the current generation; counted here because ConcurrentDictionary.Count takes every lock.
    private int _added;

    /// <summary>A cache holding at most twice <paramref name="generationSize"/> entries.</summary>
    public RecentCache(int generationSize, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(generationSize, 1);
        _generationSize = generationSize;
        _comparer = comparer;
        _current = new ConcurrentDictionary<TKey, TValue>(comparer);
        _old = new ConcurrentDictionary<TKey, TValue>(comparer);
        _seenOnce = new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(generationSize * 4, 64))];
    }

    /// <summary>How many entries are held now (at most twice the generation size).</summary>
    public int Count => Volatile.Read(ref _current).Count + Volatile.Read(ref _old).Count;

    /// <summary>The value remembered for <paramref name="key"/>, or <paramref name="make"/>'s answer, remembered from now on.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (Volatile.Read(ref _current).TryGetValue(key, out var value)) return value;
        if (Volatile.Read(ref _old).TryGetValue(key, out value))
        {
            Add(key, value);
            return value;
        }
        value = make(key);
        if (SeenBefore(key)) Add(key, value);
        return value;
    }

    // True when the key's hash was noted before; notes it otherwise. Plain int reads and writes: a race loses a note.
    private bool SeenBefore(TKey key)
    {
        var hash = (_comparer ?? EqualityComparer<TKey>.Default).GetHashCode(key);
        ref var slot = ref _seenOnce[hash & (_seenOnce.Length - 1)];
        if (Volatile.Read(ref slot) == hash) return true;
        Volatile.Write(ref slot, hash);
        return false;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> in the current generation.</summary>
    public void Add(TKey key, TValue value)
    {
        var current = Volatile.Read(ref _current);
        if (!current.TryAdd(key, value)) return;
        if (Interlocked.Increment(ref _added) < _generationSize) return;
        lock (_turning)
        {
            // Another thread may have turned the generation while this one waited.
            if (!ReferenceEquals(_current, current)) return;
            Volatile.Write(ref _old, current);
            Volatile.Write(ref _current, new ConcurrentDictionary<TKey, TValue>(_comparer));
            Volatile.Write(ref _added, 0);
        }
    }
}
