using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Writers;

/// <summary>Everything a writer needs besides the document itself.</summary>
/// <param name="Settings">Handout settings with the CLI's switches applied (paper, large print).</param>
/// <param name="Timestamp">The one date every output records (never the clock; see <see cref="Pipeline.Timestamps"/>).</param>
/// <param name="Resources">Loads images from inside the content root only.</param>
/// <param name="Diagnostics">Where writer warnings go (missing glyph, missing alt text).</param>
/// <param name="SourcePath">The input's display path, for diagnostics.</param>
public sealed record RenderContext(
    HandoutSettings Settings,
    DateTimeOffset Timestamp,
    IResourceResolver Resources,
    DiagnosticBag Diagnostics,
    string SourcePath)
{
    /// <summary>The article's language versions (itself included) when it has others; empty otherwise.</summary>
    public System.Collections.Immutable.ImmutableArray<Translations.LanguageVersion> LanguageVersions { get; init; } = [];

    /// <summary>The tool's name and version, recorded as generator/producer in outputs.</summary>
    public static string Generator { get; } =
        "AcneBotox " + (typeof(RenderContext).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
}
