using System.Collections.Immutable;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Findings;
using AcneBotox.Core.Yaml;

namespace AcneBotox.Core.Settings;

/// <summary>
/// The <c>checks:</c> section (<c>rule: off|info|warning|error</c>, or <c>"glob": {rule: level}</c> for some files)
/// and the <c>images:</c> section (<c>missing: error|warning</c>).
/// </summary>
internal sealed partial class SettingsMapper
{
    private const string ChecksSection = "checks";

    private HandoutSettings MapChecks(HandoutSettings settings, YamlValue value)
    {
        var everywhere = ImmutableArray.CreateBuilder<RuleOverride>();
        var perFile = ImmutableArray.CreateBuilder<RuleOverride>();
        foreach (var (key, item) in RuleEntries(Section(ChecksSection, value), ChecksSection))
        {
            if (item is YamlMap files)
            {
                // A map under checks: is a file glob with its own rule levels.
                foreach (var (rule, level) in RuleEntries(files, $"{ChecksSection}.{key}"))
                    if (Level(rule, $"{ChecksSection}.{key}", level) is { } known) perFile.Add(new RuleOverride(rule, known, key));
                continue;
            }
            if (Level(key, ChecksSection, item) is { } found) everywhere.Add(new RuleOverride(key, found));
        }
        everywhere.AddRange(perFile);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "";
        return settings with { Checks = new ChecksPolicy(everywhere.ToImmutable(), folder) };
    }

    // A rule the checks never report is a warning with "did you mean", and its line is ignored.
    private FindingLevel? Level(string rule, string section, YamlValue value)
    {
        if (!RuleCatalog.Knows(rule))
        {
            var near = NameSuggestions.Nearest(rule, RuleCatalog.Names());
            diagnostics.Warn("settings.unknown-rule", $"'{Clip($"{section}.{rule}")}' names no rule, so it is ignored", path, value.Line,
                near is null ? "the rule ids are printed with each finding in the JSON report and listed in README.md" : $"did you mean '{near}'?");
            return null;
        }
        return (value is YamlText text ? text.Value.Trim().ToLowerInvariant() : null) switch
        {
            "off" or "none" or "false" => FindingLevel.Off,
            "info" or "note" => FindingLevel.Info,
            "warning" or "warn" or "on" or "true" => FindingLevel.Warning,
            "error" => FindingLevel.Error,
            _ => throw Error(value.Line, $"'{Clip($"{section}.{rule}")}' must be off, info, warning or error",
                "write e.g. 'readability.long-sentence: off', or a file glob in quotes holding such lines"),
        };
    }

    private HandoutSettings MapImages(HandoutSettings settings, YamlValue value)
    {
        foreach (var (key, item) in Entries(Section(Images, value), Images))
        {
            if (key != "missing") continue;
            settings = (item is YamlText text ? text.Value.Trim().ToLowerInvariant() : null) switch
            {
                "error" => settings with { MissingImages = Severity.Error },
                "warning" or "warn" => settings with { MissingImages = Severity.Warning },
                _ => throw Error(item.Line, "'images.missing' must be error or warning",
                    "write 'images: {missing: warning}' to export a handout whose image cannot be included, with a warning"),
            };
        }
        return settings;
    }

    // Keys of checks: are rule ids and globs, not settings keys; only the shape and duplicates are checked here.
    private IEnumerable<(string Key, YamlValue Value)> RuleEntries(YamlMap map, string section)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Entries)
        {
            if (keyNode is not YamlText { IsNull: false } keyText || keyText.Value.Trim().Length == 0)
                throw Error(keyNode.Line, $"a key under '{section}' must be a rule id or a file glob, not {keyNode.KindName}",
                    "write e.g. 'readability.long-sentence: off'");
            var key = keyText.Value.Trim();
            if (!seen.TryAdd(key, keyNode.Line))
                throw Error(keyNode.Line, $"'{Clip($"{section}.{key}")}' appears twice (first on line {seen[key]})", "keep one of them");
            if (value is YamlText { IsNull: true }) continue;
            yield return (key, value);
        }
    }
}
