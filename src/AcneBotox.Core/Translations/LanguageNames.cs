using System.Collections.Frozen;
using AcneBotox.Core.Look;

namespace AcneBotox.Core.Translations;

/// <summary>
/// Each language's name for itself, as a language switcher shows it: a reader looks for "Español", not "Spanish".
/// The machine's culture data is not used (the process runs invariant, and outputs must not depend on the machine).
/// </summary>
public static class LanguageNames
{
    private static readonly FrozenDictionary<string, string> Autonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["en"] = "English", ["es"] = "Español", ["ru"] = "Русский", ["el"] = "Ελληνικά", ["zh"] = "中文",
        ["vi"] = "Tiếng Việt", ["ar"] = "العربية", ["he"] = "עברית", ["fr"] = "Français", ["de"] = "Deutsch",
        ["pt"] = "Português", ["it"] = "Italiano", ["pl"] = "Polski", ["uk"] = "Українська", ["tl"] = "Tagalog",
        ["ko"] = "한국어", ["ja"] = "日本語", ["hi"] = "हिन्दी", ["fa"] = "فارسی", ["tr"] = "Türkçe",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name of the language of <paramref name="tag"/> in that language, or the tag itself when unknown.</summary>
    public static string Of(string tag) => Autonyms.GetValueOrDefault(LabelTables.PrimarySubtag(tag), tag);
}
