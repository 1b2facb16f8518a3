namespace AcneBotox.Core.Diagnostics;

/// <summary>How bad a diagnostic is. Errors fail the document; warnings fail the run only with <c>--fail-on warning</c>.</summary>
public enum Severity
{
    /// <summary>For information; never fails anything.</summary>
    Info,
    /// <summary>Output was written, but something deserves a look.</summary>
    Warning,
    /// <summary>The document could not be exported.</summary>
    Error,
}
