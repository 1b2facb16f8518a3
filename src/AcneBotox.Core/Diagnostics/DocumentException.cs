namespace AcneBotox.Core.Diagnostics;

/// <summary>
/// A problem with one input document (exit code 1): bad encoding, malformed front matter,
/// a writer that cannot render it. Carries a diagnostic that names the file and line.
/// </summary>
public sealed class DocumentException : Exception
{
    /// <summary>Creates the exception from the diagnostic the user will see.</summary>
    public DocumentException(Diagnostic diagnostic, Exception? inner = null)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).ToString(), inner)
    {
        Diagnostic = diagnostic;
    }

    /// <summary>Shortcut for an error diagnostic.</summary>
    public DocumentException(string rule, string message, string? path, int? line = null, string? suggestion = null)
        : this(new Diagnostic(Severity.Error, rule, message, path, line, suggestion)) { }

    /// <summary>What went wrong and where.</summary>
    public Diagnostic Diagnostic { get; }
}
