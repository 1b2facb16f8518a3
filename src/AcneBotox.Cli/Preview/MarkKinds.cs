namespace AcneBotox.Cli.Preview;

/// <summary>The kinds of text the source view marks; each is also the mark's CSS class and has a line in the legend.</summary>
internal static class MarkKinds
{
    /// <summary>A sentence over the length limit.</summary>
    public const string LongSentence = "long";

    /// <summary>A sentence that looks passive.</summary>
    public const string Passive = "passive";

    /// <summary>A word with a plainer alternative.</summary>
    public const string Jargon = "jargon";

    /// <summary>An acronym not spelled out at its first use.</summary>
    public const string Acronym = "acronym";
}
