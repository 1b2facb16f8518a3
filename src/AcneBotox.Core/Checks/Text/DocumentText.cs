using AcneBotox.Core.Model;

namespace AcneBotox.Core.Checks.Text;

/// <summary>Every visible text run of a document in reading order, title first, for checks that look at words.</summary>
public static class DocumentText
{
    /// <summary>The title, then each heading, paragraph, cell and caption with its line.</summary>
    public static IEnumerable<TextRun> Runs(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        yield return new TextRun(document.Metadata.Title, null, IsHeading: true);
        int? line = null;
        foreach (var block in ModelWalker.Descendants(document))
        {
            line = block.SourceLine ?? line;
            foreach (var run in ModelWalker.InlineRuns(block))
                yield return new TextRun(ModelWalker.PlainText(run), line, block is Heading);
        }
    }
}
