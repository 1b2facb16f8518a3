using System.Collections.Immutable;

namespace AcneBotox.Core.Checks.Readability;

/// <summary>One sentence of body text as the scores see it.</summary>
/// <param name="Text">The sentence after URLs, emails and phone numbers were blanked out.</param>
/// <param name="Words">Its words.</param>
/// <param name="Line">The 1-based source line of the paragraph or list item it is in, when known.</param>
/// <param name="Section">The index of its section in <see cref="ReadabilityAnalysis.Sections"/>.</param>
/// <param name="Unit">The index of the paragraph or list item it is in, counted over the whole document.</param>
public sealed record ScoredSentence(string Text, ImmutableArray<string> Words, int? Line, int Section, int Unit);
