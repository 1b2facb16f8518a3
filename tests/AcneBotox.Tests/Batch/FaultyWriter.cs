using AcneBotox.Core.Composition;
using AcneBotox.Core.Model;
using AcneBotox.Core.Writers;

namespace AcneBotox.Tests.Batch;

/// <summary>A test writer that crashes (like a writer bug would) on documents whose title contains a marker.</summary>
public sealed class FaultyWriter(string marker) : IDocumentWriter
{
    public string Format => "fake";

    public string Extension => "fake";

    public WriteResult Write(ComposedHandout handout, RenderContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(handout);
        if (handout.Title.Title.Contains(marker, StringComparison.Ordinal))
            throw new InvalidOperationException("simulated writer bug");
        output.Write("fake output\n"u8);
        return WriteResult.None;
    }
}
