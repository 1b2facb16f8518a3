namespace AcneBotox.Core.Bidi;

/// <summary>A stretch of a line at one embedding level, in logical order inside; lines list them in visual order.</summary>
/// <param name="Start">First UTF-16 index in the paragraph's text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Level">Embedding level: odd is right to left.</param>
public readonly record struct BidiRun(int Start, int Length, int Level)
{
    /// <summary>True when the run is set right to left.</summary>
    public bool IsRightToLeft => (Level & 1) == 1;
}
