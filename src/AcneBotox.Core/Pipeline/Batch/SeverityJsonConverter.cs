using System.Text.Json;
using System.Text.Json.Serialization;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// Writes a <see cref="Severity"/> in the cache file as its camel-case name (<c>"warning"</c>). The generic
/// converter, unlike the non-generic one, needs no code generated at run time, so the native (AOT) build can use it.
/// </summary>
internal sealed class SeverityJsonConverter() : JsonStringEnumConverter<Severity>(JsonNamingPolicy.CamelCase);
