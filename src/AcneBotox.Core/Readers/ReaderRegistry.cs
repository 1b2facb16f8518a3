namespace AcneBotox.Core.Readers;

/// <summary>Readers by name and by file extension (pandoc's reader table).</summary>
public sealed class ReaderRegistry
{
    private readonly List<IDocumentReader> _readers = [];

    /// <summary>Adds a reader; a later reader for the same extension wins.</summary>
    public ReaderRegistry Add(IDocumentReader reader)
    {
        _readers.Add(reader);
        return this;
    }

    /// <summary>All registered readers.</summary>
    public IReadOnlyList<IDocumentReader> Readers => _readers;

    /// <summary>Every extension some reader accepts.</summary>
    public IEnumerable<string> Extensions => _readers.SelectMany(r => r.Extensions).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The reader for a file, by its extension, or <c>null</c>.</summary>
    public IDocumentReader? ForPath(string path)
    {
        var extension = Path.GetExtension(path);
        return _readers.LastOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}
