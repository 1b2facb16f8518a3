namespace AcneBotox.Core.Checks.Text;

/// <summary>A piece of a document's visible text with where it is.</summary>
/// <param name="Text">The plain text.</param>
/// <param name="Line">The 1-based source line of its block, or of the nearest block before it.</param>
/// <param name="IsHeading">True for heading text.</param>
public sealed record TextRun(string Text, int? Line, bool IsHeading);
