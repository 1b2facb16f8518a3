using System.Text.RegularExpressions;
using AcneBotox.Core.Look;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Localization;

/// <summary>
/// The English words the handout adds (every English label split at its placeholders, the English month names,
/// the default disclaimer and the seed settings' disclaimer and contact line), to find in text that should have none.
/// </summary>
internal static partial class EnglishFragments
{
    private static readonly string[] SeedSettingsTexts =
        ["This handout is general information", "Questions? Call the clinic", "Talk to them before you start"];

    /// <summary>Every fragment, longest first.</summary>
    public static IReadOnlyList<string> All() =>
    [
        .. HandoutLabels.English.Texts.Values
            .SelectMany(text => Placeholder().Split(text))
            .Select(fragment => fragment.Trim(' ', ':', '.', ',', '[', ']', '(', ')'))
            .Where(fragment => fragment.Length >= 3)
            .Concat(HandoutLabels.English.MonthNames)
            .Concat(SeedSettingsTexts)
            .Append(HandoutSettings.DefaultDisclaimer)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(fragment => fragment.Length),
    ];

    /// <summary>The first English fragment found in <paramref name="text"/> as whole words, or null.</summary>
    public static string? Find(string text) =>
        All().FirstOrDefault(fragment => Regex.IsMatch(text, $@"(?<![\p{{L}}]){Regex.Escape(fragment)}(?![\p{{L}}])", RegexOptions.CultureInvariant));

    [GeneratedRegex(@"\{[0-9]+\}")]
    private static partial Regex Placeholder();
}
