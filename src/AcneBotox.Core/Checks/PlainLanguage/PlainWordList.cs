using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace AcneBotox.Core.Checks.PlainLanguage;

/// <summary>
/// The jargon lists shipped with the project, one per language: English (<c>Checks/Data/plain-words.tsv</c>) and
/// Spanish (<c>Checks/Data/plain-words-es.tsv</c>), embedded.
/// </summary>
public static class PlainWordList
{
    private static readonly Lazy<ImmutableArray<PlainWordEntry>> Shipped = new(() => Load("plain-words.tsv"));

    private static readonly Lazy<ImmutableArray<PlainWordEntry>> ShippedSpanish = new(() => Load("plain-words-es.tsv"));

    /// <summary>The shipped English entries, in file order.</summary>
    public static ImmutableArray<PlainWordEntry> Default => Shipped.Value;

    /// <summary>The shipped Spanish entries, in file order.</summary>
    public static ImmutableArray<PlainWordEntry> Spanish => ShippedSpanish.Value;

    /// <summary>The list for a primary language subtag (<c>en</c>, <c>es</c>), or <c>null</c> when none is shipped.</summary>
    public static ImmutableArray<PlainWordEntry>? For(string language) => language switch
    {
        "en" => Default,
        "es" => Spanish,
        _ => null,
    };

    private static ImmutableArray<PlainWordEntry> Load(string name)
    {
        using var stream = typeof(PlainWordList).Assembly.GetManifestResourceStream("AcneBotox.Core.Checks." + name)
            ?? throw new InvalidOperationException($"the plain-words list {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the list format: <c>form|form&lt;TAB&gt;plainer words</c>, <c>#</c> comments, blank lines.</summary>
    public static ImmutableArray<PlainWordEntry> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = ImmutableArray.CreateBuilder<PlainWordEntry>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0) throw new FormatException($"plain-words list: expected 'word<TAB>plainer words' in \"{line}\"");
            var forms = line[..tab].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var alternatives = string.Join("|", forms.OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
            // Literal words between one-character look-arounds: linear, so no timeout is needed, and none may
            // decide the result (a timeout fires or not depending on how busy the machine is).
            var pattern = new Regex($@"(?<![\w'’-])(?:{alternatives})(?![\w'’-])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
            entries.Add(new PlainWordEntry(forms, line[(tab + 1)..].Trim(), pattern));
        }
        return entries.ToImmutable();
    }
}
