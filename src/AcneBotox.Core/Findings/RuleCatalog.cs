using System.Collections.Immutable;

namespace AcneBotox.Core.Findings;

/// <summary>
/// The rule ids a finding may carry that <c>checks:</c> can change, for "did you mean" on a mistyped rule. A rule a
/// check adds must be listed here too; a test compares this list with the rules the checks report on a corpus.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Every rule id, sorted.</summary>
    public static ImmutableArray<string> Rules { get; } =
    [
        "front-matter.unknown-key",
        "handout.empty-heading", "handout.language", "handout.unsafe-link",
        "labels.language", "labels.untranslated",
        "language.mismatch",
        "look.brand-color", "look.brand-contrast",
        "plain.acronym", "plain.jargon", "plain.you",
        "readability.grade", "readability.long-paragraph", "readability.long-sentence", "readability.passive",
        "reader.debris-dropped", "reader.encoding", "reader.link-scan", "reader.markdown", "reader.raw-html",
        "reader.title-from-file-name", "reader.too-deep",
        "resource.refused", "resource.unavailable",
        "structure.empty-heading", "structure.heading-skip", "structure.image-alt", "structure.long-section",
        "structure.no-headings", "structure.no-purpose", "structure.no-review-date", "structure.no-sources",
        "structure.no-summary", "structure.review-overdue", "structure.vague-heading",
    ];

    /// <summary>True when <paramref name="rule"/> (an id, a family or a last part) names at least one known rule.</summary>
    public static bool Knows(string rule) => Rules.Any(new RuleOverride(rule, FindingLevel.Warning).MatchesRule);

    /// <summary>The names a <c>checks:</c> key may take: every id, family and last part.</summary>
    public static IEnumerable<string> Names() =>
        Rules.Concat(Rules.Select(r => r[..r.IndexOf('.', StringComparison.Ordinal)])).Concat(Rules.Select(r => r[(r.IndexOf('.', StringComparison.Ordinal) + 1)..])).Distinct(StringComparer.Ordinal);
}
