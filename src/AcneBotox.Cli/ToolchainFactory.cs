using AcneBotox.Core.Checks;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Readers.Markdown;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Transforms;
using AcneBotox.Core.Writers.Html;
using AcneBotox.Docx;
using AcneBotox.Pdf;

namespace AcneBotox.Cli;

/// <summary>Registers every reader, transform, check and writer the CLI offers. The one composition root.</summary>
public static class ToolchainFactory
{
    /// <summary>The standard toolchain.</summary>
    public static Toolchain Create()
    {
        var toolchain = new Toolchain();
        toolchain.Readers.Add(new PlainTextReader()).Add(new MarkdownReader());
        toolchain.Transforms.Add(new ApplySettingsDefaults());
        toolchain.Checks.AddRange(StandardChecks.All());
        toolchain.Writers.Add(new HtmlWriter());
        toolchain.Writers.Add(new HandoutPdfWriter());
        toolchain.Writers.Add(new DocxWriter());
        return toolchain;
    }
}
