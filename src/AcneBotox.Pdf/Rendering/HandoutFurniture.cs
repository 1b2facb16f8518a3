namespace AcneBotox.Pdf.Rendering;

/// <summary>What the header band and footer of every page say.</summary>
/// <param name="Organization">The organization name in the header band.</param>
/// <param name="ReviewedLine">"Last reviewed ..." or <c>null</c> when the date is unknown.</param>
internal sealed record HandoutFurniture(string Organization, string? ReviewedLine);
