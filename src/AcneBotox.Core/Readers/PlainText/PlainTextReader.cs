using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers.PlainText;

/// <summary>Reads scraped plain-text articles. PLACEHOLDER until the walking-skeleton reader lands.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public Document Read(SourceFile source, DiagnosticBag diagnostics) =>
        throw new NotImplementedException("placeholder");
}
