using System.Globalization;
using System.Text.RegularExpressions;
using AcneBotox.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace AcneBotox.Core.Settings;

/// <summary>Reads <c>handout.yml</c>. Any problem is a <see cref="UsageException"/> naming file and line (exit 2).</summary>
public static partial class HandoutSettingsLoader
{
    private const long MaxSettingsBytes = 256 * 1024;

    /// <summary>The settings for a run: the file the user named, else <c>handout.yml</c> in the content folder (defaults when absent).</summary>
    /// <param name="explicitPath">The <c>--settings</c> path, if given; a missing named file is an error.</param>
    /// <param name="contentFolder">The folder the inputs come from.</param>
    /// <param name="diagnostics">Receives warnings about unknown keys.</param>
    public static HandoutSettings LoadFor(string? explicitPath, string contentFolder, DiagnosticBag diagnostics) =>
        Load(explicitPath ?? Path.Combine(contentFolder, "handout.yml"), required: explicitPath is not null, diagnostics);

    /// <summary>Loads the settings file, or the defaults when <paramref name="path"/> does not exist and was not asked for explicitly.</summary>
    /// <param name="path">The settings file.</param>
    /// <param name="required">True when the user named the file, so a missing file is an error.</param>
    /// <param name="diagnostics">Receives warnings about unknown keys.</param>
    public static HandoutSettings Load(string path, bool required, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!File.Exists(path))
        {
            if (required) throw new UsageException($"{path}: error: settings file not found (check the --settings path)");
            return new HandoutSettings();
        }
        string text;
        try
        {
            if (new FileInfo(path).Length > MaxSettingsBytes)
                throw new UsageException($"{path}: error: settings file is larger than {MaxSettingsBytes / 1024} KiB; it should hold a few keys only");
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: error: cannot read settings file: {e.Message}", e);
        }
        return Parse(text, path, diagnostics);
    }

    /// <summary>Parses settings YAML text.</summary>
    public static HandoutSettings Parse(string text, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        YamlMappingNode? root;
        try
        {
            RejectAliases(text, path);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return new HandoutSettings();
            root = stream.Documents[0].RootNode as YamlMappingNode;
            if (root is null)
            {
                if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new HandoutSettings();
                throw Error(path, stream.Documents[0].RootNode.Start.Line, "settings must be a mapping of keys to values");
            }
        }
        catch (YamlException e)
        {
            throw new UsageException($"{path}:{e.Start.Line}: error: malformed YAML: {e.Message}", e);
        }

        var settings = new HandoutSettings();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var line = (int)keyNode.Start.Line;
            settings = key switch
            {
                "organization" => settings with { Organization = RequiredString(valueNode, path, key) },
                "contact" => settings with { Contact = OptionalString(valueNode, path, key) },
                "disclaimer" => settings with { Disclaimer = RequiredString(valueNode, path, key) },
                "language" => settings with { Language = LanguageTag(valueNode, path) },
                "paper" => settings with { Paper = PaperValue(valueNode, path) },
                "fontSize" => settings with { FontSize = Number(valueNode, path, key, 12, 32) },
                "brandColor" or "brandColour" => settings with { BrandColor = Color(valueNode, path) },
                "readability" => ReadNested(settings, valueNode, path, diagnostics),
                "limits" => ReadNested(settings, valueNode, path, diagnostics),
                _ => Unknown(settings, key, path, line, diagnostics),
            };
        }
        return settings;
    }

    private static HandoutSettings ReadNested(HandoutSettings settings, YamlNode node, string path, DiagnosticBag diagnostics)
    {
        if (node is not YamlMappingNode mapping) throw Error(path, node.Start.Line, "expected a mapping of keys to values");
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            settings = key switch
            {
                "targetGrade" => settings with { TargetGrade = Number(valueNode, path, key, 1, 18) },
                "maxInputBytes" => settings with { MaxInputBytes = (long)Number(valueNode, path, key, 1024, 1L << 32) },
                "maxBlocks" => settings with { MaxBlocks = (int)Number(valueNode, path, key, 100, 1_000_000) },
                _ => Unknown(settings, key, path, (int)keyNode.Start.Line, diagnostics),
            };
        }
        return settings;
    }

    private static HandoutSettings Unknown(HandoutSettings settings, string key, string path, int line, DiagnosticBag diagnostics)
    {
        diagnostics.Warn("settings.unknown-key", $"unknown settings key '{key}' is ignored", path, line,
            "see the settings keys in README.md");
        return settings;
    }

    // Settings never need anchors; refusing aliases up front makes "billion laughs" impossible.
    private static void RejectAliases(string text, string path)
    {
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            if (parser.Current is AnchorAlias alias)
                throw Error(path, alias.Start.Line, "YAML aliases (*name) are not allowed in settings");
        }
    }

    private static string RequiredString(YamlNode node, string path, string key) =>
        OptionalString(node, path, key) is { Length: > 0 } value
            ? value
            : throw Error(path, node.Start.Line, $"'{key}' must be a non-empty text");

    private static string? OptionalString(YamlNode node, string path, string key) => node is YamlScalarNode scalar
        ? (string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim())
        : throw Error(path, node.Start.Line, $"'{key}' must be a text, not a list or mapping");

    private static string LanguageTag(YamlNode node, string path)
    {
        var value = RequiredString(node, path, "language");
        return LanguageTagPattern().IsMatch(value)
            ? value
            : throw Error(path, node.Start.Line, $"'language' must be a BCP 47 tag such as en-US, not '{value}'");
    }

    private static Paper PaperValue(YamlNode node, string path) => RequiredString(node, path, "paper").ToUpperInvariant() switch
    {
        "A4" => Paper.A4,
        "LETTER" => Paper.Letter,
        var other => throw Error(path, node.Start.Line, $"'paper' must be a4 or letter, not '{other.ToLowerInvariant()}'"),
    };

    private static double Number(YamlNode node, string path, string key, double min, double max)
    {
        var text = RequiredString(node, path, key);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw Error(path, node.Start.Line, $"'{key}' must be a number from {min} to {max}, not '{text}'");
        return value;
    }

    private static string Color(YamlNode node, string path)
    {
        var value = RequiredString(node, path, "brandColor");
        return ColorPattern().IsMatch(value)
            ? value.ToUpperInvariant()
            : throw Error(path, node.Start.Line, $"'brandColor' must look like #1F5C99, not '{value}'");
    }

    private static UsageException Error(string path, long line, string message) =>
        new($"{path}:{line}: error: {message}");

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTagPattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}
