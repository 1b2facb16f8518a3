namespace AcneBotox.Core.Translations;

/// <summary>One language version of an article, as a handout links to it.</summary>
/// <param name="Language">Its BCP 47 language tag.</param>
/// <param name="Name">The language's name in that language ("Español"), for the switcher.</param>
/// <param name="Href">Its HTML handout, relative to the output folder (the handouts sit side by side).</param>
/// <param name="IsCurrent">True for the handout being written.</param>
public sealed record LanguageVersion(string Language, string Name, string Href, bool IsCurrent);
