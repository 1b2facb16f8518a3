using System.Collections.Immutable;
using System.Globalization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Yaml;

namespace AcneBotox.Core.Readers.Markdown.FrontMatter;

/// <summary>
/// Puts front-matter keys into <see cref="Metadata"/>. Unknown keys are warnings (with a "did you
/// mean" when close to a known key); a value of the wrong type is an error naming file and line.
/// </summary>
internal static class FrontMatterMapper
{
    private const string Rule = "front-matter.invalid";
    private const string UnknownKeyRule = "front-matter.unknown-key";

    /// <summary>Every key the front matter understands, in the order the README lists them.</summary>
    public static readonly ImmutableArray<string> Keys =
        ["title", "subtitle", "summary", "language", "authors", "reviewer", "reviewed", "nextReview", "version", "keywords", "sources",
            "translationOf", "id", "maxPages", "onlineUrl"];

    /// <summary>Applies <paramref name="root"/> to <paramref name="metadata"/>; a null root changes nothing.</summary>
    public static Metadata Apply(YamlValue? root, Metadata metadata, string path, DiagnosticBag diagnostics)
    {
        if (root is null || root is YamlText { IsNull: true }) return metadata;
        if (root is not YamlMap map)
            throw new DocumentException(Rule, $"front matter must be a set of 'key: value' lines, not {root.KindName}", path, root.Line,
                "write one key per line, e.g. 'title: Botox for acne'");

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Entries)
        {
            if (keyNode is not YamlText { IsNull: false } keyScalar)
                throw new DocumentException(Rule, $"a front-matter key must be a plain word, not {keyNode.KindName}", path, keyNode.Line);
            var key = keyScalar.Value;
            if (!seen.TryAdd(key, keyNode.Line))
                throw new DocumentException(Rule, $"front-matter key '{key}' appears twice (first on line {seen[key]})", path, keyNode.Line,
                    "keep one of them");
            if (value is YamlText { IsNull: true }) continue;
            metadata = key switch
            {
                "title" => metadata with { Title = Text(key, value, path) },
                "subtitle" => metadata with { Subtitle = Text(key, value, path) },
                "summary" => metadata with { Summary = Text(key, value, path) },
                "language" => metadata with { Language = Language(value, path) },
                "authors" => metadata with { Authors = TextList(key, value, path) },
                "reviewer" => metadata with { Reviewer = Text(key, value, path) },
                "reviewed" => metadata with { Reviewed = Date(key, value, path) },
                "nextReview" => metadata with { NextReview = Date(key, value, path) },
                "version" => metadata with { Version = Text(key, value, path) },
                "keywords" => metadata with { Keywords = TextList(key, value, path) },
                "sources" => metadata with { Sources = TextList(key, value, path) },
                "translationOf" => metadata with { TranslationOf = Text(key, value, path) },
                "id" => metadata with { Id = Text(key, value, path) },
                "maxPages" => metadata with { MaxPages = PageCount(value, path) },
                "onlineUrl" => metadata with { OnlineUrl = WebAddress(value, path) },
                _ => Unknown(metadata, key, keyNode.Line, path, diagnostics),
            };
        }
        return metadata;
    }

    private static Metadata Unknown(Metadata metadata, string key, int line, string path, DiagnosticBag diagnostics)
    {
        var near = NearestKey(key);
        diagnostics.Warn(UnknownKeyRule, $"unknown front-matter key '{key}' is ignored", path, line,
            near is null ? $"known keys: {string.Join(", ", Keys)}" : $"did you mean '{near}'?");
        return metadata;
    }

    // Folded spelling, then at most two edits, then a prefix: "next_review", "reviwed", "titel", "sumary".
    private static string? NearestKey(string key) => NameSuggestions.Nearest(key, Keys);

    private static string Text(string key, YamlValue value, string path)
    {
        if (value is not YamlText scalar)
            throw new DocumentException(Rule, $"front-matter key '{key}' must be text, not {value.KindName}", path, value.Line,
                $"write it on one line, e.g. '{key}: ...'");
        return scalar.Value.Trim();
    }

    private static ImmutableArray<string> TextList(string key, YamlValue value, string path)
    {
        if (value is YamlText scalar)
        {
            // A single value, or "a, b, c" for keywords, is a friendly short form of a list.
            return key == "keywords"
                ? [.. scalar.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
                : [scalar.Value.Trim()];
        }
        if (value is not YamlList list)
            throw new DocumentException(Rule, $"front-matter key '{key}' must be a list of text, not {value.KindName}", path, value.Line,
                $"write '{key}: [first, second]' or one '- item' per line");
        var items = ImmutableArray.CreateBuilder<string>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item is not YamlText itemScalar)
                throw new DocumentException(Rule, $"every item of front-matter key '{key}' must be text, not {item.KindName}", path, item.Line);
            if (!itemScalar.IsNull) items.Add(itemScalar.Value.Trim());
        }
        return items.ToImmutable();
    }

    private static DateOnly Date(string key, YamlValue value, string path)
    {
        var text = Text(key, value, path);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new DocumentException(Rule, $"front-matter key '{key}' must be a date like 2024-05-31, not \"{text}\"", path, value.Line,
            "write the date as year-month-day");
    }

    private static int PageCount(YamlValue value, string path)
    {
        var text = Text("maxPages", value, path);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pages) && pages is >= 1 and <= HandoutSettings.MaxPagesLimit) return pages;
        throw new DocumentException(Rule, $"front-matter key 'maxPages' must be a whole number from 1 to {HandoutSettings.MaxPagesLimit}, not \"{text}\"", path, value.Line,
            "write the most pages the printed handout should take, e.g. 'maxPages: 2'");
    }

    private static string WebAddress(YamlValue value, string path)
    {
        var text = Text("onlineUrl", value, path);
        if (OnlineAddress.IsValid(text)) return text;
        throw new DocumentException(Rule, $"front-matter key 'onlineUrl' must be an http or https address, not \"{text}\"", path, value.Line,
            "write the full address of the handout's web page, e.g. 'onlineUrl: https://clinic.example/handouts/peel'");
    }

    private static string Language(YamlValue value, string path)
    {
        var text = Text("language", value, path);
        if (LanguageTags.IsWellFormed(text)) return text;
        throw new DocumentException(Rule, $"front-matter key 'language' must be a language tag like en-US, not \"{text}\"", path, value.Line,
            "use a BCP 47 tag such as en, en-US or es-MX");
    }
}
