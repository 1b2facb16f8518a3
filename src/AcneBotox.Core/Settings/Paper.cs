namespace AcneBotox.Core.Settings;

/// <summary>Page sizes a handout can be printed on.</summary>
public enum Paper
{
    /// <summary>ISO A4, 210 x 297 mm (595 x 842 pt).</summary>
    A4,
    /// <summary>US Letter, 8.5 x 11 in (612 x 792 pt).</summary>
    Letter,
}
