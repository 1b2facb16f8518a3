namespace AcneBotox.Core.Readers.PlainText;

/// <summary>
/// Splits a chunk (lines between blank lines) into units. Long lines are one paragraph each
/// (web text); short lines are hard-wrapped text (PDF), joined into paragraphs, split where a
/// short line ends a sentence or a short unpunctuated line stands before a new sentence.
/// </summary>
internal sealed class UnitSplitter
{
    /// <summary>Lines longer than this are not hard-wrapped: each is a paragraph of its own.</summary>
    private const int UnwrappedLineLength = 120;

    /// <summary>A wrapped line shorter than this share of the widest line ends its paragraph.</summary>
    private const double ShortLineShare = 0.6;

    private bool _sawQuestion;

    public IEnumerable<TextUnit> Split(List<TextLine> chunk)
    {
        if (chunk.Exists(l => LineShape.QuestionText(l.Text) is not null)) _sawQuestion = true;
        if (_sawQuestion && chunk.Exists(IsQaLine)) return SplitQuestionsAndAnswers(chunk);
        if (LineShape.ListMarker(chunk[0].Text) is not null) return [new TextUnit(TextUnitKind.List, chunk)];
        var wrapped = chunk.Take(chunk.Count - 1).All(l => l.Text.Length <= UnwrappedLineLength);
        return wrapped ? SplitWrapped(chunk) : chunk.Select(l => new TextUnit(TextUnitKind.Text, [l]));
    }

    private static bool IsQaLine(TextLine line) =>
        LineShape.QuestionText(line.Text) is not null || LineShape.AnswerText(line.Text) is not null;

    private static List<TextUnit> SplitQuestionsAndAnswers(List<TextLine> chunk)
    {
        var units = new List<TextUnit>();
        TextUnit? current = null;
        foreach (var line in chunk)
        {
            var kind = LineShape.QuestionText(line.Text) is not null ? TextUnitKind.Question
                : LineShape.AnswerText(line.Text) is not null ? TextUnitKind.Answer
                : (TextUnitKind?)null;
            if (kind is null && current is not null)
            {
                current.Lines.Add(line);
                continue;
            }
            current = new TextUnit(kind ?? TextUnitKind.Text, [line]);
            units.Add(current);
        }
        return units;
    }

    private static List<TextUnit> SplitWrapped(List<TextLine> chunk)
    {
        var units = new List<TextUnit>();
        var width = chunk.Max(l => l.Text.Length);
        var current = new List<TextLine>();
        for (var i = 0; i < chunk.Count; i++)
        {
            var line = chunk[i];
            var isLast = i == chunk.Count - 1;
            var isShort = line.Text.Length < width * ShortLineShare;
            var nextStartsSentence = !isLast && LineShape.StartsSentence(chunk[i + 1].Text);
            var afterBreak = current.Count == 0;
            if (!isLast && afterBreak && isShort && nextStartsSentence && LineShape.IsHeadingLike(line.Text))
            {
                units.Add(new TextUnit(TextUnitKind.Text, [line]));
                continue;
            }
            current.Add(line);
            if (isLast || (isShort && nextStartsSentence && LineShape.EndsSentence(line.Text)))
            {
                units.Add(new TextUnit(TextUnitKind.Text, current));
                current = [];
            }
        }
        return units;
    }
}
