namespace AcneBotox.Cli;

/// <summary>The export command's arguments, parsed.</summary>
internal sealed record ExportRequest(
    IReadOnlyList<string> Inputs,
    string Output,
    IReadOnlyList<string> Formats,
    string? SettingsPath,
    string? Paper,
    bool LargePrint);
