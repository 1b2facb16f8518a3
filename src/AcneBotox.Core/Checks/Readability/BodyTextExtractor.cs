using System.Collections.Immutable;
using AcneBotox.Core.Checks.Text;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// Picks out the text a patient reads as prose: paragraphs, list items, table cells and the text in
/// boxes and quotes. Leaves out the title, headings, image captions and the disclaimer; blanks out
/// URLs, emails and phone numbers. Splits the body into sections at its top heading level.
/// </summary>
public static class BodyTextExtractor
{
    /// <summary>The section headings (with lines) and the body units of <paramref name="document"/>.</summary>
    public static (ImmutableArray<(string? Heading, int? Line)> Sections, ImmutableArray<BodyUnit> Units) Extract(
        Document document, HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var topLevel = document.Blocks.OfType<Heading>().Select(h => h.Level).DefaultIfEmpty(1).Min();
        var sections = ImmutableArray.CreateBuilder<(string?, int?)>();
        var units = ImmutableArray.CreateBuilder<BodyUnit>();
        var disclaimer = Normalize(settings.Disclaimer);
        foreach (var block in document.Blocks)
        {
            if (block is Heading heading && heading.Level <= topLevel)
            {
                sections.Add((ModelWalker.PlainText(heading.Inlines).Trim(), heading.SourceLine));
                continue;
            }
            if (sections.Count == 0) sections.Add((null, null));
            Collect(block, block.SourceLine, sections.Count - 1, disclaimer, units);
        }
        // A section whose heading has no text under it still counts, with empty scores.
        return (sections.ToImmutable(), units.ToImmutable());
    }

    private static void Collect(Block block, int? parentLine, int section, string disclaimer, ImmutableArray<BodyUnit>.Builder units)
    {
        var line = block.SourceLine ?? parentLine;
        switch (block)
        {
            case Paragraph paragraph:
                Add(paragraph.Inlines, line, section, isParagraph: true, disclaimer, units);
                break;
            case BulletList list:
                foreach (var item in list.Items) CollectItem(item, line, section, disclaimer, units);
                break;
            case OrderedList list:
                foreach (var item in list.Items) CollectItem(item, line, section, disclaimer, units);
                break;
            case Callout callout when !IsDisclaimerTitle(callout.Title):
                foreach (var child in callout.Blocks) Collect(child, line, section, disclaimer, units);
                break;
            case Quote quote:
                foreach (var child in quote.Blocks) Collect(child, line, section, disclaimer, units);
                break;
            case Table table:
                foreach (var row in table.Rows)
                    foreach (var cell in row.Cells) Add(cell.Inlines, line, section, isParagraph: false, disclaimer, units);
                break;
        }
    }

    private static void CollectItem(ImmutableArray<Block> item, int? line, int section, string disclaimer, ImmutableArray<BodyUnit>.Builder units)
    {
        foreach (var child in item)
        {
            // A paragraph inside a list item is a list item for scoring: it gets a sentence end but no length limit.
            if (child is Paragraph p) Add(p.Inlines, child.SourceLine ?? line, section, isParagraph: false, disclaimer, units);
            else Collect(child, line, section, disclaimer, units);
        }
    }

    private static void Add(ImmutableArray<Inline> inlines, int? line, int section, bool isParagraph, string disclaimer,
        ImmutableArray<BodyUnit>.Builder units)
    {
        var text = ModelWalker.PlainText(inlines);
        var normalized = Normalize(text);
        if (normalized.Length == 0 || IsDisclaimer(normalized, disclaimer)) return;
        units.Add(new BodyUnit(ScoringFilter.Clean(text), line, section, isParagraph));
    }

    private static bool IsDisclaimer(string normalized, string disclaimer) =>
        (disclaimer.Length > 0 && normalized.Contains(disclaimer, StringComparison.OrdinalIgnoreCase))
        || normalized.StartsWith("disclaimer:", StringComparison.OrdinalIgnoreCase)
        || normalized.StartsWith("disclaimer -", StringComparison.OrdinalIgnoreCase);

    private static bool IsDisclaimerTitle(string? title) =>
        title is not null && title.Trim().Equals("disclaimer", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
