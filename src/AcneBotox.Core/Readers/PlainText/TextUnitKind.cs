namespace AcneBotox.Core.Readers.PlainText;

/// <summary>What a <see cref="TextUnit"/> holds.</summary>
internal enum TextUnitKind
{
    /// <summary>Running text: a paragraph, or a heading when it is one short line followed by body text.</summary>
    Text,
    /// <summary>A "Q." line (and its wrapped continuation): a question heading.</summary>
    Question,
    /// <summary>An "A." line (and its continuation): an answer paragraph.</summary>
    Answer,
    /// <summary>Bulleted or numbered lines.</summary>
    List,
}
