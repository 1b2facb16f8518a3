using System.Text.Json.Serialization;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Compile-time JSON metadata for hashing the settings (<see cref="RunFingerprint"/>): the same JSON as the
/// reflection-based serializer with default options, without the ~290 methods it JIT-compiled in every process.
/// </summary>
[JsonSerializable(typeof(HandoutSettings))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
