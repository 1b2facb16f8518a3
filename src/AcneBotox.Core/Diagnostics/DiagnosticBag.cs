using System.Globalization;

namespace AcneBotox.Core.Diagnostics;

/// <summary>
/// Collects the diagnostics of one document's run. Thread-safe so writers may run in parallel. Keeps at most
/// <see cref="MaxPerRule"/> warnings (or infos) of one rule; the rest become one "and N more" line, so a
/// hostile file cannot print ten thousand warnings. Errors are always kept.
/// </summary>
public sealed class DiagnosticBag
{
    /// <summary>Warnings (and infos) of one rule kept per document; the rest are counted.</summary>
    public const int MaxPerRule = 50;

    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];
    private readonly Dictionary<string, int> _kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, Diagnostic First)> _over = new(StringComparer.Ordinal);
    private readonly List<string> _overOrder = [];
    private readonly Lock _gate = new();

    /// <summary>Adds a diagnostic, unless the very same one is already here.</summary>
    public void Add(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        lock (_gate)
        {
            // Every writer resolves the same images and fonts, so one problem would otherwise be told once per format.
            if (!_seen.Add(diagnostic)) return;
            if (diagnostic.Severity == Severity.Error)
            {
                _items.Add(diagnostic);
                return;
            }
            var kept = _kept.GetValueOrDefault(diagnostic.Rule);
            if (kept < MaxPerRule)
            {
                _kept[diagnostic.Rule] = kept + 1;
                _items.Add(diagnostic);
                return;
            }
            if (_over.TryGetValue(diagnostic.Rule, out var over)) _over[diagnostic.Rule] = (over.Count + 1, over.First);
            else
            {
                _over[diagnostic.Rule] = (1, diagnostic);
                _overOrder.Add(diagnostic.Rule);
            }
        }
    }

    /// <summary>Adds a warning.</summary>
    public void Warn(string rule, string message, string? path = null, int? line = null, string? suggestion = null) =>
        Add(new Diagnostic(Severity.Warning, rule, message, path, line, suggestion));

    /// <summary>
    /// A snapshot of everything collected so far, in the order added, then one line per rule that went over
    /// <see cref="MaxPerRule"/> saying how many more there were.
    /// </summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                var items = new List<Diagnostic>(_items.Count + _overOrder.Count);
                items.AddRange(_items);
                foreach (var rule in _overOrder)
                {
                    var (count, first) = _over[rule];
                    var kind = first.Severity == Severity.Info ? "note" : "warning";
                    items.Add(first with
                    {
                        Message = string.Create(CultureInfo.InvariantCulture,
                            $"and {count:N0} more {kind}{(count == 1 ? "" : "s")} like the ones above ({rule}), not shown"),
                        Suggestion = $"only the first {MaxPerRule} of a kind are listed; fix those and run again to see the rest",
                    });
                }
                return items;
            }
        }
    }

    /// <summary>True when any error was added.</summary>
    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }
}
