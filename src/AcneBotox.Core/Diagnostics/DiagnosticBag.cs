namespace AcneBotox.Core.Diagnostics;

/// <summary>Collects the diagnostics of one document's run. Thread-safe so writers may run in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];
    private readonly Lock _gate = new();

    /// <summary>Adds a diagnostic, unless the very same one is already here.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        // Every writer resolves the same images and fonts, so one problem would otherwise be told once per format.
        lock (_gate)
            if (_seen.Add(diagnostic)) _items.Add(diagnostic);
    }

    /// <summary>Adds a warning.</summary>
    public void Warn(string rule, string message, string? path = null, int? line = null, string? suggestion = null) =>
        Add(new Diagnostic(Severity.Warning, rule, message, path, line, suggestion));

    /// <summary>A snapshot of everything collected so far, in the order added.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return [.. _items]; }
    }

    /// <summary>True when any error was added.</summary>
    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }
}
