using System.Globalization;

namespace AcneBotox.Core.Diagnostics;

/// <summary>A number with its noun in the right number: "1 document", "2 documents", "1 entry", "3 entries".</summary>
public static class Counted
{
    /// <summary><paramref name="count"/> and <paramref name="noun"/>, plural (<paramref name="plural"/>, else noun + "s") unless exactly one.</summary>
    public static string Of(int count, string noun, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? noun : plural ?? noun + "s")}");
    }
}
