using System.Text.Json;
using System.Text.Json.Serialization;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Compile-time JSON metadata for writing the cache file (<see cref="ExportManifest"/>), so a run does not build
/// serializers by reflection; the options are the ones the manifest was written with before, so the file is the same.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SeverityJsonConverter)])]
[JsonSerializable(typeof(ManifestFile))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
