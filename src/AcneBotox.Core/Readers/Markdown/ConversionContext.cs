using System.Collections.Immutable;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>What the Markdown and raw-HTML converters share while building one document.</summary>
internal sealed class ConversionContext(string path, DiagnosticBag diagnostics)
{
    /// <summary>How deep blocks (quotes, lists, callouts, HTML elements) and inlines may nest.</summary>
    public const int MaxDepth = 64;

    private readonly HashSet<string> _warnedOnce = new(StringComparer.Ordinal);
    private int _depth;

    public string Path { get; } = path;

    public HeadingIdAllocator Ids { get; } = new();

    /// <summary>Images met inside running text; the model holds images as blocks, so they follow their paragraph.</summary>
    public List<Image> PendingImages { get; } = [];

    public void Warn(string rule, string message, int? line, string? suggestion = null) =>
        diagnostics.Warn(rule, message, Path, line, suggestion);

    /// <summary>Warns only the first time <paramref name="key"/> comes up, so one odd tag does not flood the output.</summary>
    public void WarnOnce(string key, string rule, string message, int? line, string? suggestion = null)
    {
        if (_warnedOnce.Add(key)) Warn(rule, message, line, suggestion);
    }

    /// <summary>Enters one nesting level; dispose to leave. Past <see cref="MaxDepth"/> the document is rejected.</summary>
    public DepthScope Enter(int? line)
    {
        if (++_depth > MaxDepth) throw TooDeep(line);
        return new DepthScope(this);
    }

    /// <summary>The error for nesting past <see cref="MaxDepth"/>.</summary>
    public DocumentException TooDeep(int? line) =>
        new("reader.too-deep", $"the text nests deeper than {MaxDepth} levels (quotes, lists, emphasis or HTML elements)",
            Path, line, "flatten the nesting; handouts need at most a few levels");

    /// <summary>Takes the images collected from running text.</summary>
    public ImmutableArray<Block> TakePendingImages()
    {
        if (PendingImages.Count == 0) return [];
        var images = PendingImages.ToImmutableArray<Block>();
        PendingImages.Clear();
        return images;
    }

    /// <summary>Leaves a nesting level.</summary>
    public readonly struct DepthScope(ConversionContext owner) : IDisposable
    {
        public void Dispose() => owner._depth--;
    }
}
