namespace AcneBotox.Core.Readers.PlainText;

/// <summary>One source line, whitespace collapsed and trimmed; empty when it held only (non-breaking) spaces.</summary>
/// <param name="Number">1-based line number in the source, for diagnostics.</param>
/// <param name="Text">The cleaned text.</param>
internal readonly record struct TextLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>Splits decoded text (line breaks already <c>\n</c>) into cleaned lines.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
            lines.Add(new TextLine(++number, Clean(raw)));
        return lines;
    }

    // Soft hyphens go (they only mark where a word may break). Any Unicode space (NBSP, thin space, tab...) or zero-width character counts as one word separator.
    private static string Clean(string raw)
    {
        var text = new System.Text.StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var ch in raw)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u200B' or '\u200C' or '\u200D' or '\u2060')
            {
                pendingSpace = text.Length > 0;
                continue;
            }
            // A soft hyphen is an invisible hint for the renderer; handouts are never hyphenated.
            if (ch == '\u00AD') continue;
            if (pendingSpace) text.Append(' ');
            pendingSpace = false;
            text.Append(ch);
        }
        return text.ToString();
    }
}
