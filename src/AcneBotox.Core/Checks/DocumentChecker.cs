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
        try
        {
            var document = new DocumentExporter(toolchain, options).ReadDocument(sourcePath, diagnostics);
            foreach (var check in toolchain.Checks)
                foreach (var finding in check.Run(document, options.Settings))
                    diagnostics.Add(finding);
            var analysis = ReadabilityAnalyzer.Analyze(document, options.Settings);
            return new DocumentCheckResult(sourcePath, document.Metadata.Title, analysis, diagnostics.Items);
        }
        catch (DocumentException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, "io.error", e.Message, sourcePath,
                Suggestion: "check that the file is readable"));
        }
        catch (Exception e)
        {
            // Our bug, not the user's: one line for this document, and the other documents are still checked.
            diagnostics.Add(new Diagnostic(Severity.Error, DocumentExporter.InternalErrorRule,
                $"internal error: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}", sourcePath,
                Suggestion: "this is a bug in AcneBotox; please report it with the input file"));
        }
        return new DocumentCheckResult(sourcePath, null, null, diagnostics.Items);
    }
}
