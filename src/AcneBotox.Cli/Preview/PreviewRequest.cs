namespace AcneBotox.Cli.Preview;

/// <summary>The preview command's arguments, parsed.</summary>
/// <param name="Input">The article or content folder to preview; <c>null</c> means <c>content/</c>.</param>
/// <param name="SettingsPath">An explicit settings file, when given.</param>
/// <param name="Port">The loopback port to listen on; 0 picks a free one.</param>
/// <param name="LargePrint">Preview the large-print variant.</param>
internal sealed record PreviewRequest(string? Input, string? SettingsPath, int Port, bool LargePrint)
{
    /// <summary><c>--verbose</c>: print exception details behind internal errors.</summary>
    public bool Verbose { get; init; }
}
