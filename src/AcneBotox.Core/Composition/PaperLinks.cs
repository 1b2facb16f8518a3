using System.Collections.Immutable;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Composition;

/// <summary>
/// Which link addresses a printed handout shows, decided once for every paged format. A link whose text already
/// shows its address (a bare URL, a phone number, an e-mail address) and a link to a section of the handout print
/// nothing more. Another link prints its address after the text when the address is short (at most
/// <see cref="InlineLimit"/> characters, e.g. "(nhs.uk/acne)"); a longer one gets a note number ("[1]") and its
/// address in the numbered "Links in this handout" list at the end. The same address keeps one number.
/// </summary>
public sealed record PaperLinks
{
    /// <summary>The longest address printed after the link text; longer ones become numbered notes.</summary>
    public const int InlineLimit = 32;

    /// <summary>No link needs its address printed.</summary>
    public static PaperLinks None { get; } = new([]);

    private readonly ImmutableDictionary<string, PrintedAddress> _byTarget;

    private PaperLinks(ImmutableArray<PrintedAddress> printed)
    {
        Printed = printed;
        _byTarget = printed.ToImmutableDictionary(p => p.Target, StringComparer.Ordinal);
    }

    /// <summary>Every printed address in reading order of first use.</summary>
    public ImmutableArray<PrintedAddress> Printed { get; }

    /// <summary>The numbered notes, in number order, for the "Links in this handout" list.</summary>
    public ImmutableArray<PrintedAddress> Notes => [.. Printed.Where(p => p.Note is not null)];

    /// <summary>How the link <paramref name="target"/> is printed, or <c>null</c> when nothing is added to it.</summary>
    public PrintedAddress? For(string target) => _byTarget.GetValueOrDefault(target.Trim());

    /// <summary>Decides for every link of <paramref name="blocks"/> (body and sources, in reading order).</summary>
    public static PaperLinks From(IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var printed = ImmutableArray.CreateBuilder<PrintedAddress>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var notes = 0;
        foreach (var block in ModelWalker.Descendants(blocks))
            foreach (var run in ModelWalker.InlineRuns(block))
                foreach (var link in ModelWalker.Descendants(run).OfType<Link>())
                {
                    var target = link.Target.Trim();
                    if (!LinkPolicy.IsExternal(target) || seen.Contains(target)) continue;
                    var address = Address(target);
                    if (address.Length == 0 || Shows(ModelWalker.PlainText(link.Inlines), target, address)) continue;
                    seen.Add(target);
                    printed.Add(new PrintedAddress(target, address, address.Length <= InlineLimit ? null : ++notes));
                }
        return printed.Count == 0 ? None : new PaperLinks(printed.ToImmutable());
    }

    /// <summary>The address as a reader types it: no <c>https://</c>, <c>mailto:</c> or <c>tel:</c>, no trailing slash.</summary>
    public static string Address(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var address = target.Trim();
        foreach (var prefix in (string[])["https://", "mailto:", "tel:"])
            if (address.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) address = address[prefix.Length..];
        return address.TrimEnd('/');
    }

    // The text already tells the reader where the link goes (spacing, case and "www." aside).
    private static bool Shows(string text, string target, string address)
    {
        // A phone number shows itself whatever its separators: "(555) 013-4" is tel:5550134.
        if (target.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            // The text may leave out the country code the target dials: "555-0134" shows tel:+15550134.
            var shown = string.Concat(text.Where(char.IsAsciiDigit));
            return shown.Length >= 3 && string.Concat(address.Where(char.IsAsciiDigit)).EndsWith(shown, StringComparison.Ordinal);
        }
        static string Fold(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal);
        var folded = Fold(address);
        if (folded.StartsWith("http://", StringComparison.Ordinal)) folded = folded["http://".Length..];
        return Fold(text).Contains(folded, StringComparison.Ordinal);
    }
}
