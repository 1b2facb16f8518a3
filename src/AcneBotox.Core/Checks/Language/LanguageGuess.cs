namespace AcneBotox.Core.Checks.Language;

/// <summary>What the stop-word score found.</summary>
/// <param name="Language">The primary subtag of the language the text reads as.</param>
/// <param name="Share">The share of its words that are common words of that language.</param>
/// <param name="Other">The runner-up language.</param>
/// <param name="RunnerUp">The share of the runner-up's common words.</param>
public sealed record LanguageGuess(string Language, double Share, string Other, double RunnerUp);
