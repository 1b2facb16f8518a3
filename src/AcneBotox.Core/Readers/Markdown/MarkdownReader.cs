using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>Reads Markdown with YAML front matter. PLACEHOLDER until the walking-skeleton reader lands.</summary>
public sealed class MarkdownReader : IDocumentReader
{
    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public Document Read(SourceFile source, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("placeholder");
}
