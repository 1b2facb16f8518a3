using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers.PlainText;

/// <summary>Inlines for plain text: the text itself, with bare http(s) URLs (e.g. in a sources list) as links.</summary>
internal static partial class TextInlines
{
    public static ImmutableArray<Inline> From(string text)
    {
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        var position = 0;
        foreach (Match match in BareUrl().Matches(text))
        {
            // Sentence punctuation right after a URL belongs to the sentence.
            var url = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"', '”', '’');
            if (url.Length < "https://x".Length) continue;
            if (match.Index > position) inlines.Add(new Text(text[position..match.Index]));
            inlines.Add(new Link(url, [new Text(url)]));
            position = match.Index + url.Length;
        }
        if (position < text.Length) inlines.Add(new Text(text[position..]));
        return inlines.ToImmutable();
    }

    [GeneratedRegex(@"\bhttps?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();
}
