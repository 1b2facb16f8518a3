using System.Text.RegularExpressions;

namespace AcneBotox.Core.Checks.PlainLanguage;

/// <summary>One jargon entry: the word forms to look for and the plainer words to suggest.</summary>
/// <param name="Forms">The forms as written in the list, e.g. <c>utilize</c>, <c>utilized</c>.</param>
/// <param name="Plain">The plainer words.</param>
/// <param name="Pattern">Matches any of the forms as whole words, ignoring case.</param>
public sealed record PlainWordEntry(IReadOnlyList<string> Forms, string Plain, Regex Pattern);
