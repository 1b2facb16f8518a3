using System.Globalization;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Settings;

/// <summary>
/// The settings of each input of a run: <c>--settings</c> when given, else the nearest <c>handout.yml</c> above the
/// input's folder (<see cref="HandoutSettingsLoader.FindNearest"/>). Each file is read once; settings that leave the
/// organization or contact line at the built-in placeholder get one warning naming what is missing.
/// </summary>
public sealed class SettingsLookup
{
    /// <summary>The rule of the warning about built-in placeholders.</summary>
    public const string PlaceholderRule = "settings.placeholder";

    private readonly string? _explicitPath;
    private readonly DiagnosticBag _diagnostics;
    private readonly SettingsCaps _caps;
    private readonly Func<HandoutSettings, HandoutSettings> _adjust;
    private readonly Dictionary<string, HandoutSettings> _byFile = new(StringComparer.Ordinal);
    private HandoutSettings? _defaults;

    /// <param name="explicitPath">The <c>--settings</c> file, which then applies to every input.</param>
    /// <param name="diagnostics">Receives the settings files' warnings and the placeholder warning.</param>
    /// <param name="caps">The limits a settings file may lower but not raise.</param>
    /// <param name="adjust">The command line's overrides (<c>--paper</c>, <c>--large-print</c>), applied to every settings.</param>
    public SettingsLookup(string? explicitPath, DiagnosticBag diagnostics, SettingsCaps? caps = null, Func<HandoutSettings, HandoutSettings>? adjust = null)
    {
        _explicitPath = explicitPath;
        _diagnostics = diagnostics;
        _caps = caps ?? SettingsCaps.Default;
        _adjust = adjust ?? (s => s);
    }

    /// <summary>The settings file that applies in <paramref name="folder"/>, or <c>null</c> when the defaults do.</summary>
    public string? FileFor(string folder) => _explicitPath ?? HandoutSettingsLoader.FindNearest(folder);

    /// <summary>The settings for files in <paramref name="folder"/>.</summary>
    public HandoutSettings ForFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var file = FileFor(folder);
        if (file is null)
        {
            if (_defaults is null)
            {
                _defaults = _adjust(HandoutSettingsLoader.Parse("", Path.Combine(folder, HandoutSettingsLoader.FileName), _diagnostics, _caps));
                _diagnostics.Warn(PlaceholderRule,
                    $"no {HandoutSettingsLoader.FileName} found here or in any folder above it up to the repository root, so handouts show the placeholder organization 'Your Clinic' and no contact line",
                    folder, suggestion: $"create {HandoutSettingsLoader.FileName} with 'organization:' and 'contact:' beside the articles or higher up, or pass --settings");
            }
            return _defaults;
        }
        var key = Path.GetFullPath(file);
        if (_byFile.TryGetValue(key, out var known)) return known;
        var settings = _adjust(HandoutSettingsLoader.Load(file, required: _explicitPath is not null, _diagnostics, _caps));
        _byFile[key] = settings;
        WarnAboutPlaceholders(file, settings);
        return settings;
    }

    /// <summary>The settings of every file in <paramref name="files"/>, by full path.</summary>
    public IReadOnlyDictionary<string, HandoutSettings> ForFiles(IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var result = new Dictionary<string, HandoutSettings>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            result[full] = ForFolder(Path.GetDirectoryName(full) ?? ".");
        }
        return result;
    }

    private void WarnAboutPlaceholders(string file, HandoutSettings settings)
    {
        var missing = new List<string>();
        if (settings.Organization == new HandoutSettings().Organization) missing.Add("no 'organization' (handouts say 'Your Clinic')");
        if (settings.Contact is null) missing.Add("no 'contact' (handouts have no contact line)");
        if (missing.Count == 0) return;
        _diagnostics.Warn(PlaceholderRule,
            string.Create(CultureInfo.InvariantCulture, $"the settings give {string.Join(" and ", missing)}"),
            file, suggestion: "add the missing keys so patients know who gave them the handout and how to reach you");
    }
}
