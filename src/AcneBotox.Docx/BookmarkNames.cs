using System.Text;
using AcneBotox.Core.Model;

namespace AcneBotox.Docx;

/// <summary>
/// Bookmark names for headings, so <c>#anchor</c> links work. Word wants at most 40 characters, starting
/// with a letter (a leading underscore hides the bookmark), letters, digits and underscores only.
/// </summary>
internal static class BookmarkNames
{
    private const int MaxLength = 40;

    /// <summary>Heading id to bookmark name, unique within the document.</summary>
    public static IReadOnlyDictionary<string, string> For(IEnumerable<Block> blocks)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var headings = ModelWalker.Descendants(blocks).OfType<Heading>().Select(h => h.Id);
        foreach (var id in headings)
        {
            if (string.IsNullOrEmpty(id) || names.ContainsKey(id)) continue;
            var name = Clean(id);
            for (var n = 2; !used.Add(name); n++)
            {
                var suffix = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                name = Clean(id)[..Math.Min(Clean(id).Length, MaxLength - suffix.Length)] + suffix;
            }
            names.Add(id, name);
        }
        return names;
    }

    private static string Clean(string id)
    {
        var name = new StringBuilder("h_");
        foreach (var ch in id) name.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '_');
        return name.Length > MaxLength ? name.ToString(0, MaxLength) : name.ToString();
    }
}
