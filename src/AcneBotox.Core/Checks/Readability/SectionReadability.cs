namespace AcneBotox.Core.Checks.Readability;

/// <summary>The scores of one top-level section.</summary>
/// <param name="Heading">The section heading's text; <c>null</c> for text before the first heading.</param>
/// <param name="Line">The heading's source line, when known.</param>
/// <param name="Readability">The section's scores.</param>
public sealed record SectionReadability(string? Heading, int? Line, ReadabilityScores Readability);
