using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// One of N stable slices of a corpus (<c>--shard K/N</c>). A document belongs to the shard picked by a
/// hash of its relative path, so N jobs split the corpus with no overlap and no gap, on any machine and
/// in any listing order.
/// </summary>
/// <param name="Index">The 1-based shard number K.</param>
/// <param name="Count">The number of shards N.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c> with 1 &lt;= K &lt;= N. Throws <see cref="UsageException"/> on anything else.</summary>
    public static ShardSpec Parse(string text) =>
        TryParse(text) ?? throw new UsageException("error: " + Problem(text));

    /// <summary>Parses <c>K/N</c> with 1 &lt;= K &lt;= N, or returns <c>null</c>.</summary>
    public static ShardSpec? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
            return new ShardSpec(index, count);
        return null;
    }

    /// <summary>What is wrong with a <c>--shard</c> value <see cref="TryParse"/> rejected.</summary>
    public static string Problem(string text) =>
        $"--shard '{text}' is not K/N with 1 <= K <= N (for example --shard 1/4)";

    /// <summary>The 0-based shard a relative path belongs to among <paramref name="count"/> shards.</summary>
    public static int BucketOf(string relativePath, int count)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        // Separators normalised so Windows and Linux runners agree; SHA-256 rather than string.GetHashCode,
        // which is randomised per process.
        var key = Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/'));
        var hash = SHA256.HashData(key);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <summary>True when the document at <paramref name="relativePath"/> belongs to this shard.</summary>
    public bool Contains(string relativePath) => BucketOf(relativePath, Count) == Index - 1;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
