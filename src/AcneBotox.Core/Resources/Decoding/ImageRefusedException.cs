namespace AcneBotox.Core.Resources.Decoding;

/// <summary>An image that cannot be used, with the reason in words for the per-image warning ("it is truncated ...").</summary>
/// <param name="reason">Why, completing "image 'x' was not included: ...".</param>
/// <param name="suggestion">What the author can do; by default, save the image again as an ordinary PNG or JPEG.</param>
internal sealed class ImageRefusedException(string reason, string? suggestion = null) : Exception(reason)
{
    /// <summary>What to do about a file that is damaged or in a form we cannot embed.</summary>
    public const string SaveAgain = "open the image in an image editor and save it again as an ordinary PNG or JPEG";

    /// <summary>What to do about an image that is not where it may be read from.</summary>
    public const string MoveInside = "put the image file inside the content folder and refer to it by a relative path";

    /// <summary>What the author can do about it.</summary>
    public string Suggestion { get; } = suggestion ?? SaveAgain;
}
