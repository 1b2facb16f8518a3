using System.Security.Cryptography;

namespace AcneBotox.Core.Readers;

/// <summary>An input file's raw bytes and the path used in messages.</summary>
/// <param name="Path">The path as the user gave it (used in every diagnostic).</param>
/// <param name="Bytes">The bytes as read from disk, undecoded.</param>
public sealed record SourceFile(string Path, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>Lower-case hex SHA-256 of <see cref="Bytes"/>, for provenance and caching.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes.Span));

    /// <summary>The file name without folder and extension, e.g. <c>can-botox-help-acne</c>.</summary>
    public string BaseName => System.IO.Path.GetFileNameWithoutExtension(Path);
}
