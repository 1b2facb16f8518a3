using System.Globalization;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Pipeline;

/// <summary>
/// The one date an output records. Never the clock, so the same input gives the same bytes:
/// <c>SOURCE_DATE_EPOCH</c> when set (reproducible-builds.org), else the review date, else a fixed epoch.
/// </summary>
public static class Timestamps
{
    /// <summary>The fallback when nothing else is known: 2000-01-01T00:00:00Z.</summary>
    public static DateTimeOffset FixedEpoch { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The timestamp for a document.</summary>
    public static DateTimeOffset For(Metadata metadata, string? sourceDateEpoch)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (long.TryParse(sourceDateEpoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 0 and <= 253402300799)
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (metadata.Reviewed is { } reviewed)
            return new DateTimeOffset(reviewed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return FixedEpoch;
    }

    /// <summary>The timestamp using the process's <c>SOURCE_DATE_EPOCH</c>.</summary>
    public static DateTimeOffset For(Metadata metadata) =>
        For(metadata, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));
}
