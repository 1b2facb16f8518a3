using System.Text;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers.Html;

/// <summary>The page description: the summary, else the start of the first paragraph, else the title.</summary>
public static class MetaDescription
{
    /// <summary>Longest description taken from body text, in characters (what search results show).</summary>
    public const int MaxLength = 160;

    /// <summary>The description for <paramref name="document"/>, whitespace collapsed.</summary>
    public static string For(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!string.IsNullOrWhiteSpace(document.Metadata.Summary)) return Collapse(document.Metadata.Summary);
        var first = ModelWalker.Query<Paragraph>(document)
            .Select(p => Collapse(ModelWalker.PlainText(p.Inlines)))
            .FirstOrDefault(text => text.Length > 0);
        if (first is null) return Collapse(document.Metadata.Title);
        if (first.Length <= MaxLength) return first;
        var cut = first.LastIndexOf(' ', MaxLength - 1);
        return first[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd() + "\u2026";
    }

    private static string Collapse(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (output.Length > 0 && output[^1] != ' ') output.Append(' ');
            }
            else output.Append(c);
        }
        return output.ToString().TrimEnd();
    }
}
