using System.Globalization;

namespace AcneBotox.Core.IO;

/// <summary>The outcome of <see cref="BoundedFile.Read"/>: the bytes, or why they were not read.</summary>
/// <param name="Bytes">The file's bytes, when it was read.</param>
/// <param name="Refusal">Why the file was not read (for a message: "... was not read: {Refusal}").</param>
/// <param name="Length">The file's length when it was over the limit.</param>
public sealed record BoundedReadResult(byte[]? Bytes, string? Refusal, long? Length = null)
{
    /// <summary>True when the file was over the size limit (<see cref="Length"/> says how large).</summary>
    public bool IsTooLarge => Length is not null;

    /// <summary>A successful read.</summary>
    public static BoundedReadResult Read(byte[] bytes) => new(bytes, null);

    /// <summary>A file that is not an ordinary file.</summary>
    public static BoundedReadResult Refused(string why) => new(null, why);

    /// <summary>A file over the limit.</summary>
    public static BoundedReadResult TooLarge(long length) => new(null, string.Create(CultureInfo.InvariantCulture, $"it is {length:N0} bytes, over the limit"), length);
}
