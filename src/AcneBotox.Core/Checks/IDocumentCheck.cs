using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks;

/// <summary>Looks at a finished model and reports findings; never changes it. Registered by name.</summary>
public interface IDocumentCheck
{
    /// <summary>A stable name, e.g. <c>readability</c>.</summary>
    string Name { get; }

    /// <summary>The findings for one document, each with rule id, severity, line and suggestion.</summary>
    IEnumerable<Diagnostic> Run(Document document, HandoutSettings settings);
}
