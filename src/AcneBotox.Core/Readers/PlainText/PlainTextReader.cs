using System.Collections.Immutable;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers.PlainText;

/// <summary>
/// Reads scraped plain-text articles such as the seed. The first line is the title (unless it is
/// plainly body text); a short line without a sentence-ending period followed by body text is a
/// section heading; blank lines separate paragraphs; hard-wrapped lines are joined; "Q."/"A." lines
/// give question headings and answers; scraping debris is dropped with one warning per line.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <summary>The rule id of the warning for each dropped debris line.</summary>
    public const string DebrisRule = "reader.debris-dropped";

    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public Document Read(SourceFile source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = TextLine.Split(SourceDecoder.Decode(source, diagnostics));
        var (title, body) = TakeTitle(source, lines, diagnostics);
        var blocks = new TextBlockBuilder().Build(Chunks(body));
        var metadata = new Metadata
        {
            Title = title,
            Provenance = new Provenance(source.Path, source.Sha256),
        };
        return new Document(metadata, blocks);
    }

    // Debris goes first (with its warning) so it can neither become the title nor split a paragraph.
    private static (string Title, List<TextLine> Body) TakeTitle(SourceFile source, List<TextLine> lines, DiagnosticBag diagnostics)
    {
        string? title = null;
        var body = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                body.Add(line);
                continue;
            }
            var debris = DebrisDetector.Classify(line.Text, title);
            if (debris is not null)
            {
                diagnostics.Warn(DebrisRule, $"dropped {debris} \"{line.Text}\"", source.Path, line.Number);
                continue;
            }
            if (title is null)
            {
                if (!LineShape.IsPlainlyBodyText(line.Text))
                {
                    title = line.Text;
                    continue;
                }
                title = TitleFallback.FromFileName(source, diagnostics, "the first line reads as body text, not a title",
                    line.Number, "put the article's title on the first line by itself");
            }
            body.Add(line);
        }
        title ??= TitleFallback.FromFileName(source, diagnostics, "the file holds no text", null, "check that this is the right file");
        return (title, body);
    }

    private static IEnumerable<List<TextLine>> Chunks(List<TextLine> body)
    {
        var chunk = new List<TextLine>();
        foreach (var line in body)
        {
            if (!line.IsBlank)
            {
                chunk.Add(line);
                continue;
            }
            if (chunk.Count == 0) continue;
            yield return chunk;
            chunk = [];
        }
        if (chunk.Count > 0) yield return chunk;
    }
}
