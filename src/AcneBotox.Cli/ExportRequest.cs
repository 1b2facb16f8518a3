namespace AcneBotox.Cli;

/// <summary>The export command's arguments, parsed.</summary>
internal sealed record ExportRequest(
    IReadOnlyList<string> Inputs,
    string Output,
    IReadOnlyList<string> Formats,
    string? SettingsPath,
    string? Paper,
    bool LargePrint)
{
    /// <summary><c>--max-input-bytes</c>, the cap on <c>limits.maxInputBytes</c> (a settings file may only lower it).</summary>
    public long? MaxInputBytes { get; init; }

    /// <summary><c>--max-blocks</c>, the cap on <c>limits.maxBlocks</c> (a settings file may only lower it).</summary>
    public int? MaxBlocks { get; init; }

    /// <summary><c>--resource-path</c>: the folder images may come from.</summary>
    public string? ResourcePath { get; init; }

    /// <summary><c>--verbose</c>: print exception details behind internal errors.</summary>
    public bool Verbose { get; init; }

    /// <summary><c>--watch</c>: export again on every save until Ctrl+C.</summary>
    public bool Watch { get; init; }
}
