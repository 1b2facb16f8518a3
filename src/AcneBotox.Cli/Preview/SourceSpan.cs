namespace AcneBotox.Cli.Preview;

/// <summary>A stretch of the source text to mark.</summary>
/// <param name="Start">Offset of its first character in the decoded source.</param>
/// <param name="End">Offset just after its last character.</param>
/// <param name="Kind">One of <see cref="MarkKinds"/>.</param>
internal sealed record SourceSpan(int Start, int End, string Kind);
