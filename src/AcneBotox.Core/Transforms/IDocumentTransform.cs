using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Transforms;

/// <summary>A model-to-model step run between reading and writing (pandoc's filters), registered by name.</summary>
public interface IDocumentTransform
{
    /// <summary>A stable name, e.g. <c>apply-settings-defaults</c>.</summary>
    string Name { get; }

    /// <summary>Returns the transformed document; never mutates the input.</summary>
    Document Apply(Document document, HandoutSettings settings, DiagnosticBag diagnostics);
}
