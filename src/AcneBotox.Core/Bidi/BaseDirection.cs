namespace AcneBotox.Core.Bidi;

/// <summary>How a paragraph's base direction is chosen (UAX #9 rules P2-P3, or higher-level protocol HL1).</summary>
public enum BaseDirection
{
    /// <summary>From the first strong character (left to right when there is none).</summary>
    Auto,
    /// <summary>Left to right (level 0).</summary>
    LeftToRight,
    /// <summary>Right to left (level 1).</summary>
    RightToLeft,
}
