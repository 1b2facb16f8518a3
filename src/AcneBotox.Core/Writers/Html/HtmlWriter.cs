using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers.Html;

/// <summary>Writes the accessible HTML handout. PLACEHOLDER until the walking-skeleton writer lands.</summary>
public sealed class HtmlWriter : IDocumentWriter
{
    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public string Extension => "html";

    /// <inheritdoc />
    public WriteResult Write(Document document, RenderContext context, Stream output) =>
        throw new NotImplementedException("placeholder");
}
