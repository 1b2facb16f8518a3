using System.Collections.Immutable;

namespace AcneBotox.Core.Look;

/// <summary>
/// The fonts every format names after <see cref="HandoutLook.BodyFont"/>, in order, for the characters Atkinson
/// Hyperlegible lacks (other scripts, symbols, emoji). The PDF looks each one up on the machine and embeds what it
/// uses; HTML lists them in <c>font-family</c>; Word names them for East Asian and complex-script text.
/// </summary>
/// <param name="Entries">Family names and font folders, in the order they are tried (settings key <c>fonts</c>).</param>
public sealed record FontFallback(ImmutableArray<string> Entries)
{
    /// <summary>
    /// Used when the settings name no fonts: Debian's <c>fonts-noto-core</c>, <c>fonts-noto-cjk</c>,
    /// <c>fonts-droid-fallback</c>, <c>fonts-symbola</c> and <c>fonts-dejavu-core</c> families.
    /// </summary>
    public static ImmutableArray<string> DefaultFamilies { get; } =
    [
        "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai",
        "Noto Sans CJK SC", "Droid Sans Fallback", "Noto Sans Symbols", "Noto Sans Symbols 2", "Noto Sans Math",
        "Symbola", "DejaVu Sans",
    ];

    /// <summary>Where installed fonts are looked for (Linux, macOS and Windows locations; missing ones are skipped).</summary>
    public static ImmutableArray<string> SystemFolders { get; } =
    [
        "/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        "/Library/Fonts", "/System/Library/Fonts",
        Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
    ];

    /// <summary>The default chain.</summary>
    public static FontFallback Default { get; } = new(DefaultFamilies);

    /// <summary>True for an entry that names a folder rather than a family (it holds a path separator or starts with '.' or '~').</summary>
    public static bool IsFolder(string entry) =>
        entry.Contains('/', StringComparison.Ordinal) || entry.Contains('\\', StringComparison.Ordinal) || entry.StartsWith('.') || entry.StartsWith('~');

    /// <summary>The family names of the chain (folders left out: their families are only known once read).</summary>
    public IEnumerable<string> Families => Entries.Where(e => !IsFolder(e));

    /// <summary>
    /// The family Word should use for East Asian text (<c>w:eastAsia</c>): the first family of the chain whose name
    /// says it is for Chinese, Japanese or Korean; null when the chain names none.
    /// </summary>
    public string? EastAsianFamily => Families.FirstOrDefault(f => EastAsianMarkers.Any(m => f.Contains(m, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The family Word should use for complex-script text (<c>w:cs</c>: Arabic, Hebrew, Indic, Thai) in a document in
    /// <paramref name="languageTag"/>: the first family named for that language's script, else the first family
    /// of the chain; null when the chain is empty.
    /// </summary>
    public string? ComplexScriptFamily(string? languageTag)
    {
        var primary = (languageTag ?? "").Split('-', '_')[0].ToLowerInvariant();
        var script = ScriptOfLanguage.GetValueOrDefault(primary);
        return (script is null ? null : Families.FirstOrDefault(f => f.Contains(script, StringComparison.OrdinalIgnoreCase))) ?? Families.FirstOrDefault();
    }

    private static readonly string[] EastAsianMarkers = ["CJK", "Droid Sans Fallback", "Han Sans", "Han Serif", "Hei", "Song", "Ming", "Gothic", "Mincho"];

    // The word a family name carries for the script a language is written in (Noto Sans Arabic, Noto Sans Hebrew...).
    private static readonly Dictionary<string, string> ScriptOfLanguage = new(StringComparer.Ordinal)
    {
        ["ar"] = "Arabic", ["fa"] = "Arabic", ["ur"] = "Arabic", ["ps"] = "Arabic", ["sd"] = "Arabic", ["ug"] = "Arabic", ["ckb"] = "Arabic",
        ["he"] = "Hebrew", ["iw"] = "Hebrew", ["yi"] = "Hebrew",
        ["hi"] = "Devanagari", ["mr"] = "Devanagari", ["ne"] = "Devanagari", ["th"] = "Thai",
    };

    /// <summary>Equal when the entries are equal, in order.</summary>
    public bool Equals(FontFallback? other) => other is not null && Entries.SequenceEqual(other.Entries);

    /// <inheritdoc />
    public override int GetHashCode() => Entries.Aggregate(0, (hash, entry) => HashCode.Combine(hash, entry));
}
