namespace AcneBotox.Core.Model;

/// <summary>Traces a handout back to its text.</summary>
/// <param name="SourcePath">The source file's path as given on the command line (or relative to the content root).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the source file's bytes, before any decoding.</param>
public sealed record Provenance(string SourcePath, string Sha256);
