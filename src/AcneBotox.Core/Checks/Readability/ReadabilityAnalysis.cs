using System.Collections.Immutable;

namespace AcneBotox.Core.Checks.Readability;

/// <summary>Everything the readability check measured in one document.</summary>
/// <param name="Document">Scores of the whole body.</param>
/// <param name="Sections">Scores of each top-level section, in order.</param>
/// <param name="Units">The paragraphs, list items and cells that were scored.</param>
/// <param name="Sentences">Every scored sentence, in reading order.</param>
/// <param name="Profile">The language the text was scored in, and so which formulas and checks apply.</param>
public sealed record ReadabilityAnalysis(
    ReadabilityScores Document,
    ImmutableArray<SectionReadability> Sections,
    ImmutableArray<BodyUnit> Units,
    ImmutableArray<ScoredSentence> Sentences,
    CheckProfile Profile);
