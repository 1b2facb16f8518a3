using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Findings;

/// <summary>One document's diagnostics, split by a baseline.</summary>
/// <param name="New">Every diagnostic the baseline does not hold: these are printed and counted by <c>--fail-on</c>.</param>
/// <param name="Accepted">The warnings the baseline holds.</param>
public sealed record BaselineSplit(IReadOnlyList<Diagnostic> New, IReadOnlyList<Diagnostic> Accepted);
