using AcneBotox.Core.Composition;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers;

/// <summary>Convenience for writing one document to one format (the pipeline composes once for all formats instead).</summary>
public static class DocumentWriterExtensions
{
    /// <summary>Composes <paramref name="document"/> and writes it.</summary>
    public static WriteResult Write(this IDocumentWriter writer, Document document, RenderContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return writer.Write(HandoutComposer.Compose(document, context), context, output);
    }
}
