using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Everything besides the source text that decides an output's bytes: the tool version (including a digest
/// of the code of every registered piece, so a rebuilt tool never reuses stale outputs), the settings and
/// the formats. Combined with a source's SHA-256 it is the cache key.
/// </summary>
/// <param name="ToolVersion">The version, e.g. <c>0.1.0+3f2a…</c>, with a code digest.</param>
/// <param name="SettingsHash">Lower-case hex SHA-256 of the effective settings.</param>
/// <param name="Formats">The requested formats, in order.</param>
public sealed record RunFingerprint(string ToolVersion, string SettingsHash, IReadOnlyList<string> Formats)
{
    /// <summary>The fingerprint of a run with <paramref name="toolchain"/> and <paramref name="options"/>.</summary>
    public static RunFingerprint Create(Toolchain toolchain, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(toolchain);
        ArgumentNullException.ThrowIfNull(options);
        return new RunFingerprint(ToolVersionOf(toolchain, options.Formats), HashSettings(options), [.. options.Formats]);
    }

    /// <summary>The cache key of a source with SHA-256 <paramref name="sourceSha256"/> under this fingerprint.</summary>
    /// <param name="sourceSha256">The source's SHA-256.</param>
    /// <param name="documentSettingsHash">The hash of the source's own settings, when they are not the run's (another handout.yml).</param>
    public string KeyFor(string sourceSha256, string? documentSettingsHash = null) =>
        Hex($"{sourceSha256}\n{ToolVersion}\n{documentSettingsHash ?? SettingsHash}\n{string.Join(',', Formats)}");

    /// <summary>The hash of <paramref name="settings"/> with the folder images come from.</summary>
    public static string HashSettings(Settings.HandoutSettings settings, string? contentRoot)
    {
        // The settings record serialises every property (CLI switches included); the content root
        // decides which images are found, so it is part of the settings too.
        var json = JsonSerializer.Serialize(settings, SettingsJsonContext.Default.HandoutSettings);
        return Hex($"{json}\n{contentRoot}");
    }

    private static string HashSettings(ExportOptions options) => HashSettings(options.Settings, options.ContentRoot);

    private static string ToolVersionOf(Toolchain toolchain, IReadOnlyList<string> formats)
    {
        var core = typeof(RunFingerprint).Assembly;
        var version = core.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? core.GetName().Version?.ToString() ?? "0";
        // Deterministic builds give a module the same MVID exactly when its code is the same, so this
        // digest changes with any code change even when nobody bumps the version number.
        var modules = toolchain.Readers.Readers.Cast<object>()
            .Concat(toolchain.Transforms).Concat(toolchain.Checks).Concat(formats.Select(toolchain.Writers.Get))
            .Select(piece => piece.GetType().Assembly)
            .Append(core)
            .Distinct()
            .Select(assembly => assembly.ManifestModule.ModuleVersionId.ToString("N"))
            .Order(StringComparer.Ordinal);
        return $"{version}#{Hex(string.Join(',', modules))[..12]}";
    }

    private static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
