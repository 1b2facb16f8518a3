using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace AcneBotox.Core.Model;

/// <summary>
/// A stable, human-readable text form of the model for golden tests (pandoc's <c>native</c>
/// format): golden files show a difference line by line.
/// </summary>
public static class NativeDump
{
    /// <summary>Writes the whole document, metadata first, one block per line, nesting by indentation.</summary>
    public static string Write(Document document)
    {
        var output = new StringBuilder();
        WriteMetadata(output, document.Metadata);
        foreach (var block in document.Blocks) WriteBlock(output, block, 0);
        return output.ToString();
    }

    private static void WriteMetadata(StringBuilder output, Metadata meta)
    {
        output.Append("Meta\n");
        Field(output, "title", meta.Title);
        Field(output, "subtitle", meta.Subtitle);
        Field(output, "summary", meta.Summary);
        Field(output, "language", meta.Language);
        List(output, "authors", meta.Authors);
        Field(output, "reviewer", meta.Reviewer);
        Field(output, "reviewed", meta.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(output, "nextReview", meta.NextReview?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(output, "version", meta.Version);
        List(output, "keywords", meta.Keywords);
        List(output, "sources", meta.Sources);
        Field(output, "translationOf", meta.TranslationOf);
        Field(output, "id", meta.Id);
        Field(output, "maxPages", meta.MaxPages?.ToString(CultureInfo.InvariantCulture));
        Field(output, "onlineUrl", meta.OnlineUrl);
        Field(output, "source", meta.Provenance.SourcePath.Replace('\\', '/'));
        Field(output, "sha256", meta.Provenance.Sha256);
    }

    private static void Field(StringBuilder output, string name, string? value)
    {
        if (value is null) return;
        output.Append("  ").Append(name).Append(": ").Append(Quote(value)).Append('\n');
    }

    private static void List(StringBuilder output, string name, ImmutableArray<string> values)
    {
        if (values.IsDefaultOrEmpty) return;
        output.Append("  ").Append(name).Append(": [")
            .AppendJoin(", ", values.Select(Quote)).Append("]\n");
    }

    private static void WriteBlock(StringBuilder output, Block block, int depth)
    {
        output.Append(' ', depth * 2);
        switch (block)
        {
            case Heading h:
                output.Append(CultureInfo.InvariantCulture, $"Heading {h.Level} #{h.Id} ").Append(Inlines(h.Inlines)).Append('\n');
                break;
            case Paragraph p:
                output.Append("Para ").Append(Inlines(p.Inlines)).Append('\n');
                break;
            case BulletList list:
                output.Append("BulletList\n");
                WriteItems(output, list.Items, depth);
                break;
            case OrderedList list:
                output.Append(CultureInfo.InvariantCulture, $"OrderedList start={list.Start}\n");
                WriteItems(output, list.Items, depth);
                break;
            case Callout c:
                output.Append("Callout ").Append(c.Kind).Append(c.Title is null ? "" : " " + Quote(c.Title)).Append('\n');
                foreach (var child in c.Blocks) WriteBlock(output, child, depth + 1);
                break;
            case Quote q:
                output.Append("Quote\n");
                foreach (var child in q.Blocks) WriteBlock(output, child, depth + 1);
                break;
            case Image img:
                output.Append("Image ").Append(Quote(img.Source)).Append(" alt=")
                    .Append(img.AltText is null ? "none" : Quote(img.AltText))
                    .Append(" caption=").Append(Inlines(img.Caption)).Append('\n');
                break;
            case Table t:
                output.Append("Table\n");
                output.Append(' ', depth * 2 + 2).Append("Header ").Append(Row(t.Header)).Append('\n');
                foreach (var row in t.Rows) output.Append(' ', depth * 2 + 2).Append("Row ").Append(Row(row)).Append('\n');
                break;
            case ThematicBreak:
                output.Append("ThematicBreak\n");
                break;
            default:
                throw new InvalidOperationException($"NativeDump does not know {block.GetType().Name}.");
        }
    }

    private static void WriteItems(StringBuilder output, ImmutableArray<ImmutableArray<Block>> items, int depth)
    {
        foreach (var item in items)
        {
            output.Append(' ', depth * 2 + 2).Append("Item\n");
            foreach (var child in item) WriteBlock(output, child, depth + 2);
        }
    }

    private static string Row(TableRow row) => "[" + string.Join(" | ", row.Cells.Select(c => Inlines(c.Inlines))) + "]";

    private static string Inlines(ImmutableArray<Inline> inlines) =>
        inlines.IsDefaultOrEmpty ? "[]" : "[" + string.Join(", ", inlines.Select(Inline)) + "]";

    private static string Inline(Inline inline) => inline switch
    {
        Text t => "Text " + Quote(t.Value),
        Emphasis e => "Emph " + Inlines(e.Inlines),
        Strong s => "Strong " + Inlines(s.Inlines),
        Link l => "Link " + Quote(l.Target) + " " + Inlines(l.Inlines),
        Code c => "Code " + Quote(c.Value),
        LineBreak => "LineBreak",
        _ => throw new InvalidOperationException($"NativeDump does not know {inline.GetType().Name}."),
    };

    private static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (char.IsControl(ch)) quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:x4}");
                    else quoted.Append(ch);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
