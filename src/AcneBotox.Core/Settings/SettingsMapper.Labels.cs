using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;
using AcneBotox.Core.Yaml;

namespace AcneBotox.Core.Settings;

/// <summary>
/// The <c>labels:</c> section: label keys (<c>keyPoints: At a glance</c>) for the settings' language, and one
/// sub-section per other language (<c>es: {disclaimer: ..., contact: ...}</c>) with the same keys.
/// </summary>
internal sealed partial class SettingsMapper
{
    private const string LabelsSection = "labels";

    private HandoutSettings MapLabels(HandoutSettings settings, YamlValue value)
    {
        var result = settings.Labels;
        foreach (var (key, item) in LabelEntries(Section(LabelsSection, value), LabelsSection))
        {
            if (HandoutLabels.OverrideKeys.ContainsKey(key))
            {
                result = Add(result, "", key, LabelText($"{LabelsSection}.{key}", key, item));
                continue;
            }
            var language = LabelTables.PrimarySubtag(key);
            var where = $"{LabelsSection}.{key}";
            var section = item as YamlMap
                ?? throw Error(item.Line, $"'{where}' must hold label keys, not {item.KindName}", $"write e.g. '{where}: {{keyPoints: ...}}'");
            foreach (var (label, text) in LabelEntries(section, where))
            {
                if (!HandoutLabels.OverrideKeys.ContainsKey(label))
                {
                    UnknownLabel($"{where}.{label}", text.Line);
                    continue;
                }
                result = Add(result, language, label, LabelText($"{where}.{label}", label, text));
            }
        }
        return settings with { Labels = result };
    }

    // Keys are label names or language tags; anything else is reported (unknown: warning; not a word or twice: error).
    private IEnumerable<(string Key, YamlValue Value)> LabelEntries(YamlMap map, string section)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Entries)
        {
            if (keyNode is not YamlText { IsNull: false } keyText)
                throw Error(keyNode.Line, $"a settings key must be a plain word, not {keyNode.KindName}", "write 'key: value', e.g. 'keyPoints: In short'");
            var key = keyText.Value;
            if (!seen.TryAdd(key, keyNode.Line))
                throw Error(keyNode.Line, string.Create(CultureInfo.InvariantCulture, $"settings key '{Clip($"{section}.{key}")}' appears twice (first on line {seen[key]})"), "keep one of them");
            var isLanguage = section == LabelsSection && !HandoutLabels.OverrideKeys.ContainsKey(key) && LanguageTags.IsWellFormed(key);
            if (section == LabelsSection && !isLanguage && !HandoutLabels.OverrideKeys.ContainsKey(key))
            {
                UnknownLabel($"{section}.{key}", keyNode.Line);
                continue;
            }
            if (value is YamlText { IsNull: true }) continue;
            yield return (key, value);
        }
    }

    private string LabelText(string shown, string key, YamlValue value)
    {
        var text = Text(shown, value);
        var needed = HandoutLabels.OverrideKeys[key];
        if (key == "datePattern")
        {
            if (!text.Contains("{d}", StringComparison.Ordinal) || !text.Contains("{yyyy}", StringComparison.Ordinal)
                || !(text.Contains("{month}", StringComparison.Ordinal) || text.Contains("{m}", StringComparison.Ordinal)))
                throw Error(value.Line, $"'{shown}' must hold {{d}}, {{month}} (or {{m}}) and {{yyyy}}, not '{Clip(text)}'", "write e.g. '{d} de {month} de {yyyy}'");
            return text;
        }
        var placeholders = Placeholder().Matches(text).Select(match => match.Value).Distinct(StringComparer.Ordinal).Count();
        var wanted = string.Join(" and ", Enumerable.Range(0, needed).Select(n => "{" + n.ToString(CultureInfo.InvariantCulture) + "}"));
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, text, Enumerable.Repeat<object>("x", needed).ToArray());
        }
        catch (FormatException)
        {
            throw Error(value.Line, $"'{shown}' has a brace that is not a placeholder: '{Clip(text)}'",
                needed == 0 ? "remove the { and } characters" : $"use {wanted} for the values, and '{{{{' for a brace");
        }
        if (placeholders != needed)
            throw Error(value.Line, $"'{shown}' must hold {(needed == 0 ? "no placeholder" : wanted)}, not '{Clip(text)}'",
                needed == 0 ? "remove the placeholder" : $"write e.g. '{HandoutLabels.English.Texts.GetValueOrDefault(key, wanted)}' in your words");
        return text;
    }

    private void UnknownLabel(string key, int line) =>
        diagnostics.Warn("settings.unknown-key", $"unknown settings key '{Clip(key)}' is ignored", path, line,
            $"labels takes {string.Join(", ", HandoutLabels.OverrideKeys.Keys.Order(StringComparer.Ordinal))}, or a language tag holding them");

    private static ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> Add(
        ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> labels, string language, string key, string text)
    {
        var current = labels.GetValueOrDefault(language) ?? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
        return labels.SetItem(language, current.SetItem(key, text));
    }

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
