using AcneBotox.Core.Checks;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Transforms;
using AcneBotox.Core.Writers;

namespace AcneBotox.Core.Pipeline;

/// <summary>The registered pieces a run uses: readers, transforms (in order), checks and writers.</summary>
public sealed class Toolchain
{
    /// <summary>Readers by extension.</summary>
    public ReaderRegistry Readers { get; } = new();

    /// <summary>Transforms, applied in list order after reading.</summary>
    public List<IDocumentTransform> Transforms { get; } = [];

    /// <summary>Checks run on the transformed document.</summary>
    public List<IDocumentCheck> Checks { get; } = [];

    /// <summary>Writers by format.</summary>
    public WriterRegistry Writers { get; } = new();
}
