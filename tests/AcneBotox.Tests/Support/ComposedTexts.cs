using AcneBotox.Core.Composition;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;

namespace AcneBotox.Tests.Support;

/// <summary>What the composition adds to a document's own text, for tests that compare extracted text.</summary>
internal static class ComposedTexts
{
    /// <summary>The composed handout of <paramref name="document"/> with <paramref name="settings"/>.</summary>
    public static ComposedHandout Compose(Document document, HandoutSettings settings) =>
        HandoutComposer.Compose(document, new RenderContext(settings, Timestamps.For(document.Metadata, null), NoResources.Instance, new DiagnosticBag(), "test.md"));

    /// <summary>The end-matter lines' text, concatenated in order.</summary>
    public static string EndMatter(Document document, HandoutSettings settings) =>
        string.Concat(Compose(document, settings).EndMatter.Select(line => line.Text));
}
