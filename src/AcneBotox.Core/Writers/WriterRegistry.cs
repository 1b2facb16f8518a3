using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Writers;

/// <summary>Writers by format name (pandoc's writer table).</summary>
public sealed class WriterRegistry
{
    private readonly Dictionary<string, IDocumentWriter> _writers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    /// <summary>Adds a writer under its <see cref="IDocumentWriter.Format"/> name.</summary>
    public WriterRegistry Add(IDocumentWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_writers.TryAdd(writer.Format, writer)) _order.Add(writer.Format);
        else _writers[writer.Format] = writer;
        return this;
    }

    /// <summary>Format names in registration order.</summary>
    public IReadOnlyList<string> Formats => _order;

    /// <summary>The writer for a format, or a <see cref="UsageException"/> listing the formats there are.</summary>
    public IDocumentWriter Get(string format) => _writers.TryGetValue(format, out var writer)
        ? writer
        : throw new UsageException($"error: unknown output format '{format}'; available formats: {string.Join(", ", _order)}");
}
