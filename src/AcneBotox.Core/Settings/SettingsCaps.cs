namespace AcneBotox.Core.Settings;

/// <summary>
/// The resource limits a run allows, from the installation defaults or the command line. A settings file
/// may lower them but never raise them: <c>handout.yml</c> lives with the content, and content must not be
/// able to let a 1 GB article through.
/// </summary>
/// <param name="MaxInputBytes">Largest input file accepted.</param>
/// <param name="MaxBlocks">Most blocks one document may hold.</param>
public sealed record SettingsCaps(long MaxInputBytes, int MaxBlocks)
{
    /// <summary>The installation defaults: 10 MiB and 10,000 blocks.</summary>
    public static SettingsCaps Default { get; } = new(new HandoutSettings().MaxInputBytes, new HandoutSettings().MaxBlocks);
}
