namespace AcneBotox.Core.Findings;

/// <summary>One line of <c>checks:</c>: the level of a rule's findings, in every file or in the files a glob matches.</summary>
/// <param name="Rule">A rule id (<c>readability.long-sentence</c>), a rule family (<c>readability</c>) or a rule's last part (<c>jargon</c>).</param>
/// <param name="Level">What its findings become.</param>
/// <param name="FileGlob">The files it applies to, relative to the settings file's folder; <c>null</c> for every file.</param>
public sealed record RuleOverride(string Rule, FindingLevel Level, string? FileGlob = null)
{
    /// <summary>True when this override speaks about <paramref name="ruleId"/>.</summary>
    public bool MatchesRule(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return ruleId == Rule
            || ruleId.StartsWith(Rule + ".", StringComparison.Ordinal)
            || (!Rule.Contains('.', StringComparison.Ordinal) && ruleId.EndsWith("." + Rule, StringComparison.Ordinal));
    }
}
