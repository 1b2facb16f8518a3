using System.Collections.Frozen;
using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Translations;

/// <summary>
/// The language versions among the articles of one run. Front matter ties them: <c>translationOf</c> names the
/// article a translation was made from (a path relative to the translation's folder), and a shared <c>id</c> ties
/// versions that name no source. Built once, before any handout is written, so every HTML handout can link to its
/// other versions, the index page can group them, and a translation whose source was reviewed after it is reported.
/// </summary>
public sealed class TranslationIndex
{
    /// <summary>The rule id of the warning about a translation older than its source.</summary>
    public const string StaleRule = "translation.stale";

    /// <summary>The rule id of the warning about a <c>translationOf</c> that names no article of the run.</summary>
    public const string MissingSourceRule = "translation.source-missing";

    /// <summary>
    /// True for this index's findings: they are worked out on every run from the other language versions, not kept in
    /// a document's cache entry, so a cached document's copy of them may be news.
    /// </summary>
    public static bool IsOwnFinding(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Rule is StaleRule or MissingSourceRule;
    }

    private readonly FrozenDictionary<string, TranslationMember> _members;
    private readonly FrozenDictionary<string, string> _groupOf;
    private readonly FrozenDictionary<string, string> _missingSource;

    private TranslationIndex(Dictionary<string, TranslationMember> members, Dictionary<string, string> missingSource)
    {
        _members = members.ToFrozenDictionary(StringComparer.Ordinal);
        _missingSource = missingSource.ToFrozenDictionary(StringComparer.Ordinal);
        _groupOf = members.Keys.ToDictionary(path => path, GroupKey, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>An index without translations.</summary>
    public static TranslationIndex Empty { get; } = new([], []);

    /// <summary>
    /// Builds the index of <paramref name="paths"/> (the run's inputs, in order). <paramref name="read"/> returns an
    /// article's metadata, or <c>null</c> when it cannot be read; asked with <c>onlyIfDeclared</c> true, it may also
    /// return <c>null</c> for an article whose front matter has neither <c>translationOf</c> nor <c>id</c>.
    /// </summary>
    public static TranslationIndex Build(IReadOnlyList<string> paths, Func<string, bool, Metadata?> read, string settingsLanguage)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(read);
        var inputs = paths.GroupBy(Path.GetFullPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var members = new Dictionary<string, TranslationMember>(StringComparer.Ordinal);
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        // Every input is opened before any handout is written, so the reads share the cores; the index is then put
        // together in input order, which is the order of the versions.
        var ordered = inputs.ToArray();
        var declared = new Metadata?[ordered.Length];
        Parallel.For(0, ordered.Length, i => declared[i] = read(ordered[i].Value, true));
        for (var i = 0; i < ordered.Length; i++)
        {
            var (full, shown) = ordered[i];
            if (declared[i] is not { } metadata || (metadata.TranslationOf is null && metadata.Id is null)) continue;
            var source = metadata.TranslationOf is { } relative
                ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full) ?? ".", relative))
                : null;
            members[full] = Member(shown, metadata, settingsLanguage, source);
            if (source is not null && !inputs.ContainsKey(source)) missing[full] = metadata.TranslationOf!;
        }
        // The sources named by translations, read whether or not they declare anything themselves.
        foreach (var source in members.Values.Select(m => m.TranslationOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList())
        {
            if (members.ContainsKey(source) || !inputs.TryGetValue(source, out var shown)) continue;
            if (read(shown, false) is { } metadata) members[source] = Member(shown, metadata, settingsLanguage, null);
        }
        return new TranslationIndex(members, missing);
    }

    private static TranslationMember Member(string shown, Metadata metadata, string settingsLanguage, string? source) =>
        new(shown, metadata.Language ?? settingsLanguage, metadata.Title, metadata.Reviewed, source, metadata.Id);

    /// <summary>
    /// Every language version of the article at <paramref name="path"/>, itself included, in input order; empty when
    /// it has no other version.
    /// </summary>
    public IReadOnlyList<TranslationMember> VersionsOf(string path)
    {
        if (GroupOf(path) is not { } group) return [];
        var versions = _members.Where(pair => _groupOf[pair.Key] == group).Select(pair => pair.Value).ToList();
        return versions.Count > 1 ? versions : [];
    }

    /// <summary>The key shared by the language versions of the article at <paramref name="path"/>, or <c>null</c>.</summary>
    public string? GroupOf(string path) => _groupOf.GetValueOrDefault(Path.GetFullPath(path));

    /// <summary>
    /// A fingerprint of what the handout of <paramref name="path"/> says about its other versions (which, in which
    /// language), for the export cache: a handout is rebuilt when a version is added, removed or changes language.
    /// </summary>
    public string Signature(string path) =>
        string.Join('\n', VersionsOf(path).Select(v => $"{Path.GetFileName(v.SourcePath)}|{v.Language}"));

    /// <summary>The warnings about the article at <paramref name="path"/>: an older translation, a missing source.</summary>
    public IEnumerable<Diagnostic> Findings(string path)
    {
        var full = Path.GetFullPath(path);
        if (!_members.TryGetValue(full, out var member)) yield break;
        if (_missingSource.TryGetValue(full, out var named))
            yield return new Diagnostic(Severity.Warning, MissingSourceRule,
                $"'translationOf: {named}' names no article of this run, so this version is not linked to it", member.SourcePath,
                Suggestion: "give the source's path relative to this file, and export both together");
        if (member.TranslationOf is { } sourcePath && _members.TryGetValue(sourcePath, out var source)
            && source.Reviewed is { } sourceReviewed && (member.Reviewed is not { } reviewed || reviewed < sourceReviewed))
        {
            var mine = member.Reviewed is { } date ? $"reviewed {Iso(date)}" : "with no review date";
            yield return new Diagnostic(Severity.Warning, StaleRule,
                $"stale translation: {member.SourcePath} ({member.Language}, {mine}) is older than its source {source.SourcePath} ({source.Language}, reviewed {Iso(sourceReviewed)})",
                member.SourcePath,
                Suggestion: $"bring the translation up to date with {Path.GetFileName(source.SourcePath)}, then set its 'reviewed' date");
        }
    }

    // An id ties its versions; otherwise a translation belongs with its source, and a source heads its own group.
    private string GroupKey(string full)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = full;
        while (seen.Add(current) && _members.TryGetValue(current, out var member))
        {
            if (member.Id is { } id) return "id:" + id;
            if (member.TranslationOf is not { } source || !_members.ContainsKey(source)) return "path:" + current;
            current = source;
        }
        return "path:" + current;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
