using System.Collections.Immutable;

namespace AcneBotox.Core.Model;

/// <summary>
/// Value equality for the model's child lists. Records compare <see cref="ImmutableArray{T}"/> by reference, so
/// two documents read from the same text would differ; every node record compares its lists with these instead.
/// A default (uninitialised) array equals an empty one.
/// </summary>
internal static class Structural
{
    public static bool Equal<T>(ImmutableArray<T> a, ImmutableArray<T> b)
    {
        var (left, right) = (a.IsDefault ? [] : a, b.IsDefault ? [] : b);
        if (left.Length != right.Length) return false;
        for (var i = 0; i < left.Length; i++)
            if (!EqualityComparer<T>.Default.Equals(left[i], right[i])) return false;
        return true;
    }

    public static bool Equal<T>(ImmutableArray<ImmutableArray<T>> a, ImmutableArray<ImmutableArray<T>> b)
    {
        var (left, right) = (a.IsDefault ? [] : a, b.IsDefault ? [] : b);
        if (left.Length != right.Length) return false;
        for (var i = 0; i < left.Length; i++)
            if (!Equal(left[i], right[i])) return false;
        return true;
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        if (!items.IsDefault)
            foreach (var item in items) hash.Add(item);
        return hash.ToHashCode();
    }

    public static int Hash<T>(ImmutableArray<ImmutableArray<T>> items)
    {
        var hash = new HashCode();
        if (!items.IsDefault)
            foreach (var item in items) hash.Add(Hash(item));
        return hash.ToHashCode();
    }
}
