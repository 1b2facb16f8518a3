namespace AcneBotox.Core.Checks.Readability;

/// <summary>One paragraph, list item or table cell of scored body text.</summary>
/// <param name="Text">Its plain text after URLs, emails and phone numbers were blanked out.</param>
/// <param name="Line">Its 1-based source line, when known.</param>
/// <param name="Section">The index of the section it belongs to.</param>
/// <param name="IsParagraph">True for a running-text paragraph (not a list item or cell); only those have a length limit.</param>
public sealed record BodyUnit(string Text, int? Line, int Section, bool IsParagraph);
