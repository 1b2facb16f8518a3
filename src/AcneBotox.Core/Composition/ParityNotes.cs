using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Composition;

/// <summary>
/// What a writer had to approximate of the composed handout (a character printed as a look-alike, a picture
/// scaled down, an element the format cannot carry). Each note is an informational diagnostic with the rule
/// <c>parity.FORMAT</c>, so it reaches the terminal, the run report and GitHub annotations without failing
/// <c>--fail-on warning</c>.
/// </summary>
public static class ParityNotes
{
    /// <summary>The rule id of a format's parity notes.</summary>
    public static string Rule(string format) => "parity." + format;

    /// <summary>Records one approximation.</summary>
    public static void Add(DiagnosticBag diagnostics, string format, string message, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.Add(new Diagnostic(Severity.Info, Rule(format), message, sourcePath));
    }
}
