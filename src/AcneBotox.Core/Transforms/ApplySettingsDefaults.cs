using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Transforms;

/// <summary>Fills metadata the document left open from the handout settings (the language, for now).</summary>
public sealed class ApplySettingsDefaults : IDocumentTransform
{
    /// <inheritdoc />
    public string Name => "apply-settings-defaults";

    /// <inheritdoc />
    public Document Apply(Document document, HandoutSettings settings, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        return document.Metadata.Language is null
            ? document with { Metadata = document.Metadata with { Language = settings.Language } }
            : document;
    }
}
