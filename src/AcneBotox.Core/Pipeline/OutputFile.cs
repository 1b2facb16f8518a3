namespace AcneBotox.Core.Pipeline;

/// <summary>One file a run wrote.</summary>
/// <param name="Format">The writer's format name.</param>
/// <param name="Path">Where it was written.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of its bytes.</param>
/// <param name="Pages">Page count for paged formats, when the writer knows it.</param>
public sealed record OutputFile(string Format, string Path, long Bytes, string Sha256, int? Pages = null);
