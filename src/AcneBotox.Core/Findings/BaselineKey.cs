namespace AcneBotox.Core.Findings;

/// <summary>What identifies an accepted finding across edits: its file, its rule and its normalised message.</summary>
/// <param name="File">The source, relative to the baseline's folder, with <c>/</c> separators.</param>
/// <param name="Rule">The rule id.</param>
/// <param name="Fingerprint">The message without numbers and parenthesised asides (<see cref="Baseline.Fingerprint"/>).</param>
public sealed record BaselineKey(string File, string Rule, string Fingerprint);
