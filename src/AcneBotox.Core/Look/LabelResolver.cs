using System.Collections.Immutable;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Look;

/// <summary>
/// Picks the labels for a document's language: the built-in table of its primary subtag (English, with one
/// warning, when there is none), then the <c>labels:</c> overrides of <c>handout.yml</c> for that language.
/// The settings' own <c>disclaimer</c> and <c>contact</c> are written in the settings' <c>language</c>: a document
/// in that language uses them; a document in another one uses <c>labels.&lt;lang&gt;.disclaimer</c>/<c>contact</c>,
/// else the built-in disclaimer of its language and, with a warning, the settings' contact line as written.
/// </summary>
public static class LabelResolver
{
    /// <summary>The rule id of the warning about a language without a label table.</summary>
    public const string MissingTableRule = "labels.language";

    /// <summary>The rule id of the warning about settings text left in the settings' language.</summary>
    public const string UntranslatedRule = "labels.untranslated";

    /// <summary>The labels for a document whose resolved language is <paramref name="language"/>.</summary>
    public static HandoutLabels Resolve(string language, HandoutSettings settings, DiagnosticBag diagnostics, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var primary = LabelTables.PrimarySubtag(language);
        var settingsPrimary = LabelTables.PrimarySubtag(settings.Language);
        var sameAsSettings = primary == settingsPrimary;
        var overrides = settings.Labels.GetValueOrDefault(primary);
        if (sameAsSettings && settings.Labels.GetValueOrDefault("") is { } general)
            overrides = overrides is null ? general : general.SetItems(overrides);

        var labels = LabelTables.Find(primary);
        if (labels is null)
        {
            labels = HandoutLabels.English;
            var covered = overrides is not null && HandoutLabels.English.Texts.Keys.All(overrides.ContainsKey) && overrides.ContainsKey("datePattern");
            if (!covered)
            {
                diagnostics.Warn(MissingTableRule,
                    $"no handout labels for language '{language}'; the handout's own words (key points, page numbers, dates) are in English",
                    sourcePath, suggestion: $"add 'labels: {{{primary}: {{keyPoints: ..., pageOf: ...}}}}' to handout.yml, or set the document's language; built in: {string.Join(", ", LabelTables.Languages)}");
            }
        }

        // The settings' texts, when they are in this document's language (or the user wrote their own).
        if (sameAsSettings || settings.Disclaimer != HandoutSettings.DefaultDisclaimer && labels == HandoutLabels.English)
        {
            if (settings.Disclaimer != HandoutSettings.DefaultDisclaimer) labels = labels with { Disclaimer = settings.Disclaimer };
            labels = labels with { Contact = settings.Contact };
        }
        foreach (var (key, text) in overrides ?? ImmutableSortedDictionary<string, string>.Empty)
            labels = labels.With(key, text);

        if (!sameAsSettings && labels.Contact is null && !string.IsNullOrWhiteSpace(settings.Contact))
        {
            labels = labels with { Contact = settings.Contact };
            diagnostics.Warn(UntranslatedRule,
                $"the contact line in handout.yml is in '{settings.Language}'; this '{language}' handout prints it as written",
                sourcePath, suggestion: $"add 'labels: {{{primary}: {{contact: ...}}}}' to handout.yml with the contact line in this language");
        }
        if (!sameAsSettings && settings.Disclaimer != HandoutSettings.DefaultDisclaimer && labels.Disclaimer != settings.Disclaimer
            && overrides?.ContainsKey("disclaimer") != true)
        {
            diagnostics.Warn(UntranslatedRule,
                $"the disclaimer in handout.yml is in '{settings.Language}'; this '{language}' handout prints the built-in '{labels.Language}' disclaimer instead",
                sourcePath, suggestion: $"add 'labels: {{{primary}: {{disclaimer: ...}}}}' to handout.yml with your disclaimer in this language");
        }
        return labels;
    }
}
