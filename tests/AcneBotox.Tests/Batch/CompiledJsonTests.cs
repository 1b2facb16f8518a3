using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Batch;

/// <summary>
/// The compile-time JSON contexts write exactly what the reflection-based serializer wrote, so switching to them
/// changed neither the settings hash in cache keys nor the cache file's shape.
/// </summary>
public sealed class CompiledJsonTests
{
    public static TheoryData<HandoutSettings> Settings() =>
    [
        new HandoutSettings(),
        new HandoutSettings
        {
            Organization = "Clínica \"Sol\"", Contact = "555-0134", Paper = Paper.Letter, FontSize = 14.5, LargePrint = true,
            MaxPages = 2, OnlineUrl = "https://example.org/h", DocxEmbedFonts = true, Language = "es",
            // checks: and images.missing change what a cached document reports, so they must reach the hash too.
            Checks = new Core.Findings.ChecksPolicy([new Core.Findings.RuleOverride("jargon", Core.Findings.FindingLevel.Off, "legacy/*.txt")], "/content"),
            MissingImages = Severity.Warning,
            Labels = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [KeyValuePair.Create("es", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("keyPoints", "Puntos clave")]))]),
        },
    ];

    private static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Settings_json_is_the_reflection_serializer_s(HandoutSettings settings)
    {
        var compiled = JsonSerializer.Serialize(settings, SettingsJsonContext.Default.HandoutSettings);
        Assert.Equal(JsonSerializer.Serialize(settings, Reflection), compiled);
        if (!settings.Checks.Overrides.IsEmpty) Assert.Contains("legacy/*.txt", compiled, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_json_is_the_reflection_serializer_s()
    {
        var entry = new ManifestEntry("key", "abc", [new OutputFile("pdf", "a.pdf", 12, "def", 2), new OutputFile("html", "a.html", 3, "0f")],
            [new Diagnostic(Severity.Warning, "plain.jargon", "\"utilize\" may be hard", "a.md", 4, "use")], "Title", 7.5);
        var file = new ManifestFile(1, new SortedDictionary<string, ManifestEntry>(StringComparer.Ordinal) { ["a.md"] = entry, ["b.md"] = entry with { Title = null, ReadingGrade = null } });
        JsonSerializerOptions Options(System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver resolver) => new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            TypeInfoResolver = resolver,
        };
        var compiled = JsonSerializer.Serialize(file, Options(ManifestJsonContext.Default));
        Assert.Equal(JsonSerializer.Serialize(file, Options(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver())), compiled);
        Assert.Contains("\"severity\": \"warning\"", compiled, StringComparison.Ordinal);
    }
}
