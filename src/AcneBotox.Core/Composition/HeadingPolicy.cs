using AcneBotox.Core.Model;

namespace AcneBotox.Core.Composition;

/// <summary>
/// The one heading-level rule of every format: the title is the only level-0 heading; a heading may go at
/// most one level deeper than the heading before it (PDF/UA and WCAG forbid skipped levels), and never below 5
/// (HTML's h6 under the title's h1).
/// </summary>
public sealed class HeadingPolicy
{
    /// <summary>The deepest section level.</summary>
    public const int DeepestLevel = 5;

    private int _previous;

    /// <summary>The level a heading the author gave <paramref name="requested"/> gets, in reading order.</summary>
    public int Next(int requested)
    {
        var level = Math.Clamp(requested, 1, Math.Min(_previous + 1, DeepestLevel));
        _previous = level;
        return level;
    }
}
