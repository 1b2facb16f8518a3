namespace AcneBotox.Core.Findings;

/// <summary>What <c>checks:</c> in <c>handout.yml</c> makes of a rule's findings.</summary>
public enum FindingLevel
{
    /// <summary>Not reported at all.</summary>
    Off,
    /// <summary>Reported as a note; never fails a run.</summary>
    Info,
    /// <summary>Reported as a warning (fails only under <c>--fail-on warning</c>).</summary>
    Warning,
    /// <summary>Reported as an error: the run exits 1.</summary>
    Error,
}
