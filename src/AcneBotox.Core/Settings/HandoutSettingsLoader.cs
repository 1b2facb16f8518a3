using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Yaml;

namespace AcneBotox.Core.Settings;

/// <summary>
/// Reads <c>handout.yml</c> with the same bounded read and YAML limits as front matter. Any problem is a
/// <see cref="UsageException"/> of one line naming file and line (exit 2); an unknown key is a warning.
/// </summary>
public static class HandoutSettingsLoader
{
    /// <summary>Largest settings file read: a few keys fit in a few hundred bytes.</summary>
    public const long MaxSettingsBytes = 256 * 1024;

    /// <summary>The settings file's name, looked up from each input's folder upwards.</summary>
    public const string FileName = "handout.yml";

    /// <summary>
    /// The settings for a run: the file the user named, else the nearest <c>handout.yml</c> from
    /// <paramref name="contentFolder"/> up to the repository root (<see cref="FindNearest"/>), else the defaults.
    /// </summary>
    /// <param name="explicitPath">The <c>--settings</c> path, if given; a missing named file is an error.</param>
    /// <param name="contentFolder">The folder the inputs come from.</param>
    /// <param name="diagnostics">Receives warnings about unknown keys and ignored limits.</param>
    /// <param name="caps">The limits the file may lower but not raise; the installation defaults when null.</param>
    public static HandoutSettings LoadFor(string? explicitPath, string contentFolder, DiagnosticBag diagnostics, SettingsCaps? caps = null) =>
        explicitPath is not null ? Load(explicitPath, required: true, diagnostics, caps)
        : FindNearest(contentFolder) is { } found ? Load(found, required: false, diagnostics, caps)
        : Parse("", Path.Combine(contentFolder, FileName), diagnostics, caps);

    /// <summary>
    /// The <c>handout.yml</c> that applies to files in <paramref name="folder"/>, found as <c>.editorconfig</c> is:
    /// in the folder, else its parent, and so on, stopping after the repository root (a folder holding <c>.git</c>)
    /// or at the file-system root. <c>null</c> when there is none.
    /// </summary>
    public static string? FindNearest(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder.Length == 0 ? "." : folder)); dir is not null; dir = dir.Parent)
        {
            // Path.Exists, not File.Exists: a pipe or folder named handout.yml is found here and refused loudly by Load.
            var candidate = Path.Combine(dir.FullName, FileName);
            if (Path.Exists(candidate)) return candidate;
            if (Path.Exists(Path.Combine(dir.FullName, ".git"))) return null;
        }
        return null;
    }

    /// <summary>Loads the settings file, or the defaults when <paramref name="path"/> does not exist and was not asked for explicitly.</summary>
    /// <param name="path">The settings file.</param>
    /// <param name="required">True when the user named the file, so a missing file is an error.</param>
    /// <param name="diagnostics">Receives warnings about unknown keys and ignored limits.</param>
    /// <param name="caps">The limits the file may lower but not raise; the installation defaults when null.</param>
    public static HandoutSettings Load(string path, bool required, DiagnosticBag diagnostics, SettingsCaps? caps = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        BoundedReadResult read;
        try
        {
            read = BoundedFile.Read(path, MaxSettingsBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            if (required) throw Error(path, null, "settings file not found", "check the --settings path");
            return Parse("", path, diagnostics, caps);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(path, null, $"cannot read the settings file: {e.Message}", "check that it is a readable file", e);
        }
        if (read.IsTooLarge)
            throw Error(path, null, $"the settings file is larger than {MaxSettingsBytes / 1024} KiB", "it should hold a few keys only");
        if (read.Bytes is null)
            throw Error(path, null, $"the settings file was not read: {read.Refusal}", "give an ordinary YAML file");

        string text;
        try
        {
            text = SourceDecoder.Decode(new SourceFile(path, read.Bytes), diagnostics);
        }
        catch (DocumentException e)
        {
            throw new UsageException(e.Diagnostic.ToString(), e);
        }
        return Parse(text, path, diagnostics, caps);
    }

    /// <summary>Parses settings YAML text.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="path">The file it came from, for messages.</param>
    /// <param name="diagnostics">Receives warnings about unknown keys and ignored limits.</param>
    /// <param name="caps">The limits the file may lower but not raise; the installation defaults when null.</param>
    public static HandoutSettings Parse(string text, string path, DiagnosticBag diagnostics, SettingsCaps? caps = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        caps ??= SettingsCaps.Default;
        YamlValue? root;
        try
        {
            root = new BoundedYamlParser(1, "settings").Parse(text);
        }
        catch (BoundedYamlException problem)
        {
            throw Error(path, problem.Line, problem.Message, problem.Suggestion ?? "fix the YAML of the settings file", problem);
        }
        return new SettingsMapper(path, diagnostics, caps).Map(root);
    }

    private static UsageException Error(string path, int? line, string message, string suggestion, Exception? inner = null) =>
        new(new Diagnostic(Severity.Error, "settings.invalid", message, path, line, suggestion).ToString(), inner);
}
