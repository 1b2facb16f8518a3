using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;

namespace AcneBotox.Core.Readers;

/// <summary>Turns one source format into the model. Registered by name in <see cref="ReaderRegistry"/>.</summary>
public interface IDocumentReader
{
    /// <summary>The format name, e.g. <c>text</c> or <c>markdown</c>.</summary>
    string Name { get; }

    /// <summary>File extensions this reader handles, lower case with the dot, e.g. <c>.md</c>.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// Reads the document. Recoverable problems go to <paramref name="diagnostics"/> as warnings;
    /// a document that cannot be read throws <see cref="DocumentException"/> and nothing else.
    /// </summary>
    Document Read(SourceFile source, DiagnosticBag diagnostics);
}
