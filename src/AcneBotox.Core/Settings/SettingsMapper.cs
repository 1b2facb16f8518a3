using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Yaml;

namespace AcneBotox.Core.Settings;

/// <summary>
/// Puts the keys of a parsed <c>handout.yml</c> into <see cref="HandoutSettings"/>. Each section has its own
/// key set, so a key in the wrong section (<c>readability: {maxBlocks: 100}</c>) is an error naming where it
/// belongs; a wrong type, a duplicate or a key that is not a plain word is an error with the line; an unknown
/// key is a warning. Limits above the run's caps are ignored with a warning.
/// </summary>
internal sealed partial class SettingsMapper(string path, DiagnosticBag diagnostics, SettingsCaps caps)
{
    private const string Readability = "readability";
    private const string Limits = "limits";
    private const string Images = "images";
    private const string Docx = "docx";

    /// <summary>Every key, mapped to the section it belongs to ("" for the top level).</summary>
    private static readonly FrozenDictionary<string, string> SectionOfKey = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["organization"] = "", ["contact"] = "", ["disclaimer"] = "", ["language"] = "", ["paper"] = "",
        ["fontSize"] = "", ["fonts"] = "", ["maxPages"] = "", ["onlineUrl"] = "", ["brandColor"] = "", ["brandColour"] = "", [Readability] = "", [Limits] = "", [Docx] = "", [LabelsSection] = "",
        [ChecksSection] = "", [Images] = "", ["missing"] = Images,
        ["targetGrade"] = Readability, ["en"] = Readability, ["es"] = Readability,
        ["maxInputBytes"] = Limits, ["maxBlocks"] = Limits,
        ["embedFonts"] = Docx,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The settings the YAML describes, on top of the defaults and the caps.</summary>
    public HandoutSettings Map(YamlValue? root)
    {
        var settings = new HandoutSettings { MaxInputBytes = caps.MaxInputBytes, MaxBlocks = caps.MaxBlocks };
        if (root is null || root is YamlText { IsNull: true }) return settings;
        if (root is not YamlMap map)
            throw Error(root.Line, $"settings must be 'key: value' lines, not {root.KindName}", "write one key per line, e.g. 'organization: Clinic'");
        foreach (var (key, value) in Entries(map, section: ""))
        {
            settings = key switch
            {
                "organization" => settings with { Organization = Text(key, value) },
                "contact" => settings with { Contact = Text(key, value) },
                "disclaimer" => settings with { Disclaimer = Text(key, value) },
                "language" => settings with { Language = LanguageTag(value) },
                "paper" => settings with { Paper = PaperSize(value) },
                "fontSize" => settings with { FontSize = Number(key, value, 12, 32) },
                "fonts" => settings with { Fonts = FontList(value) },
                "maxPages" => settings with { MaxPages = (int)WholeNumber(key, value, 1, HandoutSettings.MaxPagesLimit) },
                "onlineUrl" => settings with { OnlineUrl = OnlineUrl(value) },
                "brandColor" or "brandColour" => settings with { BrandColor = Color(key, value) },
                Readability => MapReadability(settings, value),
                Limits => MapLimits(settings, value),
                Docx => MapDocx(settings, value),
                LabelsSection => MapLabels(settings, value),
                ChecksSection => MapChecks(settings, value),
                Images => MapImages(settings, value),
                _ => settings,
            };
        }
        return settings;
    }

    private HandoutSettings MapReadability(HandoutSettings settings, YamlValue value)
    {
        foreach (var (key, item) in Entries(Section(Readability, value), Readability))
        {
            settings = key switch
            {
                "targetGrade" => settings with { TargetGrade = Number("readability.targetGrade", item, 1, 18) },
                "en" or "es" => MapReadabilityLanguage(settings, key, item),
                _ => settings,
            };
        }
        return settings;
    }

    // The targets of one language: each language's formula has its own kind of target (a grade, an INFLESZ score).
    private HandoutSettings MapReadabilityLanguage(HandoutSettings settings, string language, YamlValue value)
    {
        var where = $"{Readability}.{language}";
        if (value is not YamlMap map)
            throw Error(value.Line, $"'{where}' must hold 'key: value' lines, not {value.KindName}",
                language == "es" ? "write e.g. 'es: {minimumInflesz: 55}'" : "write e.g. 'en: {targetGrade: 8}'");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, item) in map.Entries)
        {
            if (keyNode is not YamlText { IsNull: false } keyText)
                throw Error(keyNode.Line, $"a settings key must be a plain word, not {keyNode.KindName}", "write 'key: value', e.g. 'minimumInflesz: 55'");
            var key = keyText.Value;
            if (!seen.TryAdd(key, keyNode.Line))
                throw Error(keyNode.Line, string.Create(CultureInfo.InvariantCulture, $"settings key '{where}.{Clip(key)}' appears twice (first on line {seen[key]})"), "keep one of them");
            if (item is YamlText { IsNull: true }) continue;
            settings = (language, key) switch
            {
                ("en", "targetGrade") => settings with { TargetGrade = Number($"{where}.targetGrade", item, 1, 18) },
                ("es", "minimumInflesz") => settings with { MinimumInflesz = Number($"{where}.minimumInflesz", item, 0, 100) },
                _ => UnknownTarget(settings, language, key, keyNode.Line),
            };
        }
        return settings;
    }

    private HandoutSettings UnknownTarget(HandoutSettings settings, string language, string key, int line)
    {
        diagnostics.Warn("settings.unknown-key", $"unknown settings key '{Readability}.{language}.{Clip(key)}' is ignored", path, line,
            language == "es"
                ? "Spanish is scored on the INFLESZ scale: write 'minimumInflesz: 55' (55 = normal)"
                : "English is scored as a school grade: write 'targetGrade: 8'");
        return settings;
    }

    private void NoFormula(string language, int line) =>
        diagnostics.Warn("settings.readability-language",
            $"readability targets for '{Clip(language)}' are ignored: there is a readability formula for en and es only", path, line,
            $"'{Clip(language)}' handouts get the structural checks (sentence and paragraph length, headings, review date); remove the section");

    private HandoutSettings MapDocx(HandoutSettings settings, YamlValue value)
    {
        foreach (var (key, item) in Entries(Section(Docx, value), Docx))
            if (key == "embedFonts") settings = settings with { DocxEmbedFonts = Boolean("docx.embedFonts", item) };
        return settings;
    }

    private HandoutSettings MapLimits(HandoutSettings settings, YamlValue value)
    {
        foreach (var (key, item) in Entries(Section(Limits, value), Limits))
        {
            settings = key switch
            {
                "maxInputBytes" => settings with { MaxInputBytes = Capped("limits.maxInputBytes", WholeNumber("limits.maxInputBytes", item, 1024, 1L << 32), caps.MaxInputBytes, "--max-input-bytes", item.Line) },
                "maxBlocks" => settings with { MaxBlocks = (int)Capped("limits.maxBlocks", WholeNumber("limits.maxBlocks", item, 100, 1_000_000), caps.MaxBlocks, "--max-blocks", item.Line) },
                _ => settings,
            };
        }
        return settings;
    }

    // The section's entries whose key belongs in it and whose value is not null; everything else is reported here.
    private IEnumerable<(string Key, YamlValue Value)> Entries(YamlMap map, string section)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Entries)
        {
            if (keyNode is not YamlText { IsNull: false } keyText)
                throw Error(keyNode.Line, $"a settings key must be a plain word, not {keyNode.KindName}", "write 'key: value', e.g. 'paper: a4'");
            var key = keyText.Value;
            var shown = Qualified(section, key);
            if (!seen.TryAdd(key, keyNode.Line))
                throw Error(keyNode.Line, string.Create(CultureInfo.InvariantCulture, $"settings key '{Clip(shown)}' appears twice (first on line {seen[key]})"), "keep one of them");
            if (!SectionOfKey.TryGetValue(key, out var home))
            {
                if (section == Readability && LanguageTags.IsWellFormed(key) && key.Length <= 3) NoFormula(key, keyNode.Line);
                else Unknown(shown, keyNode.Line);
                continue;
            }
            if (home != section) throw Misplaced(key, home, section, keyNode.Line);
            if (value is YamlText { IsNull: true }) continue;
            yield return (key, value);
        }
    }

    private YamlMap Section(string name, YamlValue value) => value as YamlMap
        ?? throw Error(value.Line, $"'{name}' must hold 'key: value' lines, not {value.KindName}",
            name switch
            {
                Limits => "write e.g. 'limits: {maxBlocks: 5000}'",
                Images => "write e.g. 'images: {missing: warning}'",
                ChecksSection => "write e.g. 'checks: {readability.long-sentence: off}'",
                Docx => "write e.g. 'docx: {embedFonts: true}'",
                _ => "write e.g. 'readability: {targetGrade: 8}'",
            });

    private UsageException Misplaced(string key, string home, string section, int line)
    {
        if (home.Length == 0)
            return Error(line, $"'{key}' is a top-level settings key, not part of '{section}'", $"move '{key}' out of '{section}' to the start of a line");
        var where = section.Length == 0 ? "at the top level" : $"under '{section}'";
        return Error(line, $"'{key}' belongs under '{home}', not {where}", $"write it as '{home}: {{{key}: ...}}'");
    }

    private void Unknown(string key, int line)
    {
        var near = Nearest(key);
        diagnostics.Warn("settings.unknown-key", $"unknown settings key '{Clip(key)}' is ignored", path, line,
            near is null ? "see the settings keys in README.md" : $"did you mean '{near}'?");
    }

    // Folded spelling, at most two edits or a prefix, first in the key's own section: "font_size", "organisaton", "limits.max-blocks".
    private static string? Nearest(string key)
    {
        var dot = key.LastIndexOf('.');
        var section = dot < 0 ? "" : key[..dot];
        var bare = key[(dot + 1)..];
        var inSection = SectionOfKey.Where(known => known.Value == section).Select(known => known.Key);
        if (NameSuggestions.Nearest(bare, inSection) is { } near) return Qualified(section, near);
        return NameSuggestions.Nearest(bare, SectionOfKey.Keys) is { } anywhere ? Qualified(SectionOfKey[anywhere], anywhere) : null;
    }

    private long Capped(string key, long value, long cap, string option, int line)
    {
        if (value <= cap) return value;
        diagnostics.Warn("settings.limit-ignored",
            string.Create(CultureInfo.InvariantCulture, $"{key} {value:N0} is ignored: a settings file may lower this limit but not raise it above {cap:N0}"),
            path, line, $"raise it on the command line with {option}");
        return cap;
    }

    private string Text(string key, YamlValue value) => value is YamlText text && text.Value.Trim() is { Length: > 0 } trimmed
        ? trimmed
        : throw Error(value.Line, $"'{key}' must be a text, not {(value is YamlText ? "empty" : value.KindName)}", $"write it on one line, e.g. '{key}: ...'");

    // A list of family names and folders; a folder is resolved against handout.yml's own folder, so a content tree
    // can carry its fonts. An empty list means Atkinson Hyperlegible alone.
    private Look.FontFallback FontList(YamlValue value)
    {
        if (value is not YamlList list)
            throw Error(value.Line, $"'fonts' must be a list of font family names or folders, not {value.KindName}", "write e.g. 'fonts: [Noto Sans, ./fonts]'");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var entries = new List<string>();
        foreach (var item in list.Items)
        {
            var entry = Text("fonts", item);
            entries.Add(Look.FontFallback.IsFolder(entry) && !entry.StartsWith('~') ? Path.GetFullPath(entry, folder) : entry);
        }
        return new Look.FontFallback([.. entries]);
    }

    private string LanguageTag(YamlValue value)
    {
        var text = Text("language", value);
        return LanguageTags.IsWellFormed(text)
            ? text
            : throw Error(value.Line, $"'language' must be a BCP 47 tag such as en-US, not '{Clip(text)}'", "use a tag such as en, en-US or es-MX");
    }

    private string OnlineUrl(YamlValue value)
    {
        var text = Text("onlineUrl", value);
        return Composition.OnlineAddress.IsValidPattern(text)
            ? text
            : throw Error(value.Line, $"'onlineUrl' must be an http or https address, not '{Clip(text)}'",
                "write the address of the handouts' web pages; {name} stands for each handout's file name, e.g. 'https://clinic.example/handouts/{name}'");
    }

    private Paper PaperSize(YamlValue value) => Text("paper", value).ToUpperInvariant() switch
    {
        "A4" => Paper.A4,
        "LETTER" => Paper.Letter,
        var other => throw Error(value.Line, $"'paper' must be a4 or letter, not '{Clip(other.ToLowerInvariant())}'", "write 'paper: a4' or 'paper: letter'"),
    };

    private double Number(string key, YamlValue value, double min, double max)
    {
        var text = Text(key, value);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            && number >= min && number <= max)
            return number;
        throw Error(value.Line, string.Create(CultureInfo.InvariantCulture, $"'{key}' must be a number from {min} to {max}, not '{Clip(text)}'"),
            "write digits with a '.' for decimals, e.g. 13.5");
    }

    private bool Boolean(string key, YamlValue value) => Text(key, value).ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw Error(value.Line, $"'{key}' must be true or false, not '{Clip(other)}'", $"write '{key[(key.LastIndexOf('.') + 1)..]}: true' or 'false'"),
    };

    private long WholeNumber(string key, YamlValue value, long min, long max)
    {
        var text = Text(key, value).Replace("_", "", StringComparison.Ordinal);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            return number;
        throw Error(value.Line, string.Create(CultureInfo.InvariantCulture, $"'{key}' must be a whole number from {min:N0} to {max:N0}, not '{Clip(text)}'"),
            "write digits only, e.g. 10485760");
    }

    private string Color(string key, YamlValue value)
    {
        var text = Text(key, value);
        return ColorPattern().IsMatch(text)
            ? text.ToUpperInvariant()
            : throw Error(value.Line, $"'{key}' must look like #1F5C99, not '{Clip(text)}'", "write '#' and six hex digits, in quotes: \"#1F5C99\"");
    }

    private static string Qualified(string section, string key) => section.Length == 0 ? key : $"{section}.{key}";

    // A value echoed in a message stays short: the message is one line in a CI log.
    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private UsageException Error(int line, string message, string suggestion) =>
        new(new Diagnostic(Severity.Error, "settings.invalid", message, path, line, suggestion).ToString());

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}
