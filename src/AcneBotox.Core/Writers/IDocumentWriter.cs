using AcneBotox.Core.Composition;

namespace AcneBotox.Core.Writers;

/// <summary>Renders a composed handout into one output format. Registered by name in <see cref="WriterRegistry"/>.</summary>
public interface IDocumentWriter
{
    /// <summary>The format name used by <c>--format</c>, e.g. <c>html</c>.</summary>
    string Format { get; }

    /// <summary>The output file extension without the dot, e.g. <c>html</c>.</summary>
    string Extension { get; }

    /// <summary>
    /// Writes the handout to <paramref name="output"/>. Must be deterministic: the same handout and context give
    /// the same bytes. Renders what <see cref="ComposedHandout"/> says and decides no content, colour or wording
    /// of its own. Throws <see cref="Diagnostics.DocumentException"/> for a handout it cannot render; warnings go
    /// to <see cref="RenderContext.Diagnostics"/>.
    /// </summary>
    /// <returns>What the writer knows about the result, e.g. the page count.</returns>
    WriteResult Write(ComposedHandout handout, RenderContext context, Stream output);
}
