using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Pipeline;

namespace AcneBotox.Core.Checks;

/// <summary>Reads one input exactly as export does, then runs every registered check and scores it. Writes nothing.</summary>
public sealed class DocumentChecker(Toolchain toolchain, ExportOptions options)
{
    /// <summary>Checks one file; a bad input becomes a result with an error finding, never an exception.</summary>
    public DocumentCheckResult Check(string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new DiagnosticBag();
        var settings = options.SettingsFor(sourcePath);
        var exporter = new DocumentExporter(toolchain, options);
        byte[]? bytes = null;
        try
        {
            bytes = exporter.ReadSource(sourcePath);
            var document = exporter.ReadDocument(sourcePath, diagnostics, bytes);
            foreach (var check in toolchain.Checks)
                foreach (var finding in check.Run(document, settings))
                    diagnostics.Add(finding);
            var analysis = ReadabilityAnalyzer.Analyze(document, settings);
            return new DocumentCheckResult(sourcePath, document.Metadata.Title, analysis, exporter.Accepted(diagnostics.Items, settings, sourcePath, bytes));
        }
        catch (Exception e)
        {
            // The export's ladder: the same input fails check exactly as it fails export.
            diagnostics.Add(DocumentFailure.Diagnose(e, sourcePath));
        }
        return new DocumentCheckResult(sourcePath, null, null, exporter.Accepted(diagnostics.Items, settings, sourcePath, bytes));
    }
}
