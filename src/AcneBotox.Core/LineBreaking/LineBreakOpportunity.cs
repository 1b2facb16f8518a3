namespace AcneBotox.Core.LineBreaking;

/// <summary>A place where a line may (or must) end: before the UTF-16 index <see cref="Index"/> of the text.</summary>
/// <param name="Index">The line that follows starts here; the text's length for the end of the text.</param>
/// <param name="IsMandatory">True for a hard break (after a line or paragraph separator, and at the end of the text).</param>
public readonly record struct LineBreakOpportunity(int Index, bool IsMandatory);
