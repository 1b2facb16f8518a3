using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers;

/// <summary>Renders the model into one output format. Registered by name in <see cref="WriterRegistry"/>.</summary>
public interface IDocumentWriter
{
    /// <summary>The format name used by <c>--format</c>, e.g. <c>html</c>.</summary>
    string Format { get; }

    /// <summary>The output file extension without the dot, e.g. <c>html</c>.</summary>
    string Extension { get; }

    /// <summary>
    /// Writes the document to <paramref name="output"/>. Must be deterministic: the same document
    /// and context give the same bytes. Throws <see cref="Diagnostics.DocumentException"/> for a
    /// document it cannot render; warnings go to <see cref="RenderContext.Diagnostics"/>.
    /// </summary>
    /// <returns>What the writer knows about the result, e.g. the page count.</returns>
    WriteResult Write(Document document, RenderContext context, Stream output);
}
