namespace AcneBotox.Core.Composition;

/// <summary>How a link's address is printed on paper, where a reader cannot follow the link.</summary>
/// <param name="Target">The link target as written.</param>
/// <param name="Address">The address as printed: without <c>https://</c>, <c>mailto:</c>, <c>tel:</c> or a trailing slash.</param>
/// <param name="Note">The note number in the "Links in this handout" list, or <c>null</c> when the address is printed after the link.</param>
public sealed record PrintedAddress(string Target, string Address, int? Note)
{
    /// <summary>What follows the link text on paper: <c>(example.org)</c> or <c>[1]</c>.</summary>
    public string Marker => Note is { } number
        ? "[" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"
        : "(" + Address + ")";
}
