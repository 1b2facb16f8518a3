namespace AcneBotox.Core.Translations;

/// <summary>What the translation index knows of one article.</summary>
/// <param name="SourcePath">The article's path as the run names it.</param>
/// <param name="Language">Its language (front matter, else the settings').</param>
/// <param name="Title">Its title.</param>
/// <param name="Reviewed">Its last review date, when recorded.</param>
/// <param name="TranslationOf">The full path of the article it translates, when it declares one.</param>
/// <param name="Id">Its front matter <c>id</c>, when given.</param>
public sealed record TranslationMember(string SourcePath, string Language, string Title, DateOnly? Reviewed, string? TranslationOf, string? Id);
