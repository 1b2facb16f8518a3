namespace AcneBotox.Core.Composition;

/// <summary>
/// The address of a handout's online version (<c>onlineUrl</c>): given per handout in front matter, or once in
/// <c>handout.yml</c> as a pattern in which <c>{name}</c> stands for the handout's file name without extension.
/// </summary>
public static class OnlineAddress
{
    /// <summary>What a settings pattern writes for the handout's file name.</summary>
    public const string NamePlaceholder = "{name}";

    /// <summary>True for an http or https address a handout may print and encode in a QR code.</summary>
    public static bool IsValid(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return (address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            && LinkPolicy.IsSafe(address);
    }

    /// <summary>True for a settings pattern that gives a valid address for a plain file name.</summary>
    public static bool IsValidPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return IsValid(pattern.Replace(NamePlaceholder, "handout", StringComparison.Ordinal));
    }

    /// <summary>
    /// The handout's address: the document's own, else the settings' pattern filled with the file name (escaped
    /// as a URL path segment); <c>null</c> when neither gives one or the filled pattern is not a valid address.
    /// </summary>
    public static string? Resolve(string? documentAddress, string? settingsPattern, string sourcePath)
    {
        if (!string.IsNullOrWhiteSpace(documentAddress)) return documentAddress.Trim();
        if (string.IsNullOrWhiteSpace(settingsPattern)) return null;
        var name = Uri.EscapeDataString(Path.GetFileNameWithoutExtension(sourcePath));
        var address = settingsPattern.Trim().Replace(NamePlaceholder, name, StringComparison.Ordinal);
        return IsValid(address) ? address : null;
    }
}
