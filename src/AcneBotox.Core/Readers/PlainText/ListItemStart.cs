namespace AcneBotox.Core.Readers.PlainText;

/// <summary>The start of a list item.</summary>
/// <param name="Ordered">Numbered rather than bulleted.</param>
/// <param name="Number">The item's number (1 for bullets).</param>
/// <param name="Text">The text after the marker.</param>
internal sealed record ListItemStart(bool Ordered, int Number, string Text);
