using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Pipeline;

/// <summary>What one export run should produce.</summary>
/// <param name="OutputDirectory">Where outputs go.</param>
/// <param name="Formats">Format names, in the order to write them.</param>
/// <param name="Settings">Settings with CLI switches applied.</param>
/// <param name="ContentRoot">The folder images may be read from (the input's folder tree or <c>--resource-path</c>); <c>null</c> means the input file's own folder.</param>
public sealed record ExportOptions(
    string OutputDirectory,
    IReadOnlyList<string> Formats,
    HandoutSettings Settings,
    string? ContentRoot = null)
{
    /// <summary>
    /// Each input's own settings (the nearest <c>handout.yml</c> above it), by full path; an input not listed uses
    /// <see cref="Settings"/>. The CLI's switches are already applied to every entry.
    /// </summary>
    public IReadOnlyDictionary<string, HandoutSettings>? SettingsBySource { get; init; }

    /// <summary>The settings that apply to <paramref name="sourcePath"/>.</summary>
    public HandoutSettings SettingsFor(string sourcePath) =>
        SettingsBySource is { } bySource && bySource.TryGetValue(Path.GetFullPath(sourcePath), out var own) ? own : Settings;

    /// <summary>The language versions among the run's articles (a batch builds it before exporting); none by default.</summary>
    public AcneBotox.Core.Translations.TranslationIndex Translations { get; init; } = AcneBotox.Core.Translations.TranslationIndex.Empty;

    /// <summary>The output file name for a source and extension: <c>name.ext</c>, or <c>name.large-print.ext</c>.</summary>
    public string OutputPath(string sourcePath, string extension) =>
        Path.Combine(OutputDirectory,
            Path.GetFileNameWithoutExtension(sourcePath) + (Settings.LargePrint ? ".large-print." : ".") + extension);
}
